/* Site search with Pagefind's index, in the browser, no server. The form is a real form (label,
   submit button, ?q= in the address so a search can be shared); results are plain links. */
(function () {
  "use strict";
  var form = document.querySelector("form.cari");
  if (!form) { return; }
  var input = form.querySelector("input[type=search]");
  var status = document.querySelector(".jumlah-hasil");
  var list = document.querySelector(".hasil-cari");
  var pagefind = null;
  var latest = 0;

  function load() {
    if (!pagefind) {
      pagefind = import(new URL(form.dataset.pagefind, document.baseURI).href).then(function (pf) {
        // Titles count most: a word in the title (metaWeights; h1 is weighted 7 by default) puts
        // the page that is *about* it above pages that mention it. Long pages are not punished.
        return pf.options({ ranking: { termFrequency: 0.6, pageLength: 0.6,
                                       metaWeights: { title: 10 } } }).then(function () {
          return pf;
        });
      });
    }
    return pagefind;
  }

  function item(data) {
    var li = document.createElement("li");
    var link = document.createElement("a");
    // Pagefind's URLs are site-absolute ("/informasi/x/"): keep them inside this copy of the site.
    link.href = new URL("." + data.url, new URL("..", location.href)).href;
    link.textContent = (data.meta && data.meta.title) || data.url;
    var heading = document.createElement("h2");
    heading.appendChild(link);
    var excerpt = document.createElement("p");
    excerpt.innerHTML = data.excerpt;  // Pagefind escapes the text and adds only <mark>
    li.appendChild(heading);
    li.appendChild(excerpt);
    return li;
  }

  function search(query) {
    var ticket = ++latest;
    if (!query.trim()) { list.textContent = ""; status.textContent = ""; return; }
    load().then(function (pf) { return pf.debouncedSearch(query, {}, 150); }).then(function (found) {
      if (found === null || ticket !== latest) { return null; }
      return Promise.all(found.results.slice(0, 10).map(function (r) { return r.data(); }))
        .then(function (items) {
          if (ticket !== latest) { return; }
          list.textContent = "";
          items.forEach(function (d) { list.appendChild(item(d)); });
          status.textContent = found.results.length ?
            form.dataset.hasil.replace("{n}", found.results.length) : form.dataset.nihil;
        });
    });
  }

  input.addEventListener("input", function () { search(input.value); });
  form.addEventListener("submit", function (event) {
    event.preventDefault();
    history.replaceState(null, "", "?q=" + encodeURIComponent(input.value));
    search(input.value);
  });
  var start = new URLSearchParams(location.search).get("q");
  if (start) { input.value = start; search(start); }
}());
