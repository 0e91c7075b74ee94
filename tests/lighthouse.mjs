// Lighthouse (mobile) over a few pages of a served site, one Chromium for all; prints JSON.
import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";

const [base, ...paths] = process.argv.slice(2);
const chrome = await chromeLauncher.launch({
  chromePath: process.env.CHROME_PATH,
  chromeFlags: ["--headless=new", "--no-sandbox", "--disable-gpu", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync"],
});
const out = {};
try {
  for (const path of paths) {
    const result = await lighthouse(base + path, {
      port: chrome.port, output: "json", logLevel: "error", formFactor: "mobile",
      onlyCategories: ["performance", "accessibility", "best-practices", "seo"],
    });
    const lhr = result.lhr;
    out[path] = {
      scores: Object.fromEntries(Object.entries(lhr.categories).map(([k, v]) => [k, v.score])),
      failed: Object.values(lhr.audits).filter(a => a.score !== null && a.score < 0.9 &&
        a.scoreDisplayMode !== "informative" && a.scoreDisplayMode !== "notApplicable").map(a => a.id),
      runtimeError: lhr.runtimeError ? lhr.runtimeError.code : null,
    };
  }
} finally {
  await chrome.kill();
}
console.log(JSON.stringify(out));
