/* Request and objection forms. Without JavaScript the form still works: the browser sends it as
   a plain-text e-mail (mailto: POST) and the page prints as a paper form. With JavaScript the
   e-mail gets readable lines ("Nama lengkap: ...") and a Print button appears. Nothing is sent
   to this site: there is no server. */
(function () {
  "use strict";
  var form = document.querySelector("form.formulir");
  if (!form) { return; }

  function label(field) {
    var box = field.closest("fieldset");
    var node = box ? box.querySelector("legend") : form.querySelector("label[for='" + field.id + "']");
    var tag = node && node.querySelector(".tanda");
    var text = node ? node.textContent : field.name;
    return (tag ? text.replace(tag.textContent, "") : text).trim();
  }

  function lines() {
    var seen = {};
    var out = [];
    Array.prototype.forEach.call(form.elements, function (field) {
      if (!field.name || seen[field.name] || field.type === "submit" || field.type === "button") {
        return;
      }
      seen[field.name] = true;
      var value;
      if (field.type === "radio" || field.type === "checkbox") {
        value = Array.prototype.filter.call(form.elements[field.name].length ?
          form.elements[field.name] : [field], function (f) { return f.checked; })
          .map(function (f) { return f.value; }).join("; ");
      } else {
        value = field.value.trim();
      }
      out.push(label(field) + ": " + (value || "-"));
    });
    return out.join("\n");
  }

  form.addEventListener("submit", function (event) {
    if (!form.dataset.alamat) { return; }
    event.preventDefault();
    // kept on the form too, so that what was composed can be checked (and read by a helper)
    form.dataset.mailto = "mailto:" + form.dataset.alamat + "?subject=" +
      encodeURIComponent(form.dataset.subjek) + "&body=" + encodeURIComponent(lines() + "\n");
    location.href = form.dataset.mailto;
  });
  var print = form.querySelector("[data-cetak]");
  if (print) {
    print.hidden = false;
    print.addEventListener("click", function () { window.print(); });
  }
}());
