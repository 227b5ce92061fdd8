// print.test.mjs: the printed summary is styled under the Content-Security-Policy the app is really
// served with (scripts/serve.mjs: no inline style) and in the offline single file (its <meta> CSP
// allows only its own inlined styles by hash). The print frame is about:blank and inherits that
// policy, so an inline <style> in it would be refused; the app gives the frame its CSS through
// CSSOM instead. Checked: no violation, the frame's computed styles are the summary's CSS (screen
// and print media), the watcher does catch the old way (an inline <style> in such a frame).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { launch, webDir, sourceDir, artifactsDir, waitReady, click, appState, settle } from './support/harness.mjs';
import { serveWith, watchCsp } from './support/embed-support.mjs';
import { fillCourse, answerQuestions } from './support/flow.mjs';

let browser, app, tmp, offlineFile;
before(async () => {
  app = await serveWith(webDir());
  tmp = mkdtempSync(join(tmpdir(), 'sw-print-'));
  offlineFile = join(tmp, 'stapelwijzer.html');
  execFileSync(process.execPath, [join(sourceDir, 'scripts', 'build-offline.mjs'), webDir(), offlineFile], { encoding: 'utf8' });
  browser = await launch();
});
after(async () => {
  await browser?.close();
  app?.stop();
  if (tmp) rmSync(tmp, { recursive: true, force: true });
});

// Opens `url`, fills in the worked example, presses "Afdrukken"; returns the page and what the
// print frame shows.
async function printFrom(url, name) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'nl-NL' });
  const violations = await watchCsp(context);
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(url);
  assert.equal(await waitReady(page, 90000), 'ready');
  await fillCourse(page);
  await answerQuestions(page);
  // Count print() calls instead of opening the dialog (headless Chromium dims the page under it).
  await page.evaluate(() => {
    window.__printCalls = 0;
    new MutationObserver(() => {
      const f = document.getElementById('sw-print-frame');
      if (f && !f.__stubbed) {
        f.__stubbed = true;
        f.contentWindow.print = () => { window.__printCalls++; };
      }
    }).observe(document.body, { childList: true });
  });
  await click(page, 'export.print');
  await page.waitForFunction(() => window.__printCalls === 1);
  await page.waitForFunction(() => {
    const f = document.getElementById('sw-print-frame');
    return f && f.contentDocument && f.contentDocument.querySelector('h2');
  });
  const frame = page.frames().find((f) => f !== page.mainFrame() && f.parentFrame() === page.mainFrame() &&
                                           f.url() === 'about:blank');
  assert.ok(frame, 'no print frame');
  const styles = () => frame.evaluate(() => {
    const css = (sel) => getComputedStyle(document.querySelector(sel));
    return { h1Size: css('h1').fontSize, h2Border: `${css('h2').borderBottomWidth} ${css('h2').borderBottomStyle}`,
             h2Colour: css('h2').borderBottomColor, bodyMaxWidth: css('body').maxWidth, bodyMargin: css('body').marginTop,
             subList: css('li.sub').listStyleType, text: document.body.innerText,
             inlineStyles: document.querySelectorAll('style').length };
  });
  const screen = await styles();
  // Print media: the summary's @media print section applies (no page width limit, no margin).
  await page.emulateMedia({ media: 'print' });
  const print = await styles();
  // Shown at a readable size for the screenshot (the frame is 0x0 while it waits for the dialog).
  // The helpers' Ctrl+A also selected the (empty) page: clear it, or its highlight covers the frame.
  await page.evaluate(() => {
    window.getSelection().removeAllRanges();
    const f = document.getElementById('sw-print-frame');
    f.style.cssText = 'position:fixed;left:0;top:0;width:820px;height:1100px;border:0;background:#fff;z-index:9';
  });
  await page.setViewportSize({ width: 820, height: 1100 });
  await settle(page);
  mkdirSync(artifactsDir, { recursive: true });
  await page.locator('#sw-print-frame').screenshot({ path: join(artifactsDir, `${name}.png`) });
  await page.emulateMedia({ media: 'screen' });
  const printed = await page.evaluate(() => Module.swLastPrint);
  return { context, page, violations, errors, screen, print, printed };
}

function assertStyled({ screen, print, printed, violations, errors }, where) {
  assert.deepEqual(violations, [], `${where}: ${JSON.stringify(violations)}`);
  assert.deepEqual(errors, [], where);
  // The summary's own CSS (export_doc.cpp): h1 1.6em of 16px, h2 with a 1px solid #ccd line,
  // body 46em wide on screen, no limit and no margin in print; reasons without bullets.
  const css = /<style>([^<]*)<\/style>/.exec(printed)[1];
  assert.match(css, /h1\{font-size:1\.6em\}/);
  assert.match(css, /border-bottom:1px solid #ccd/);
  assert.equal(screen.h1Size, '25.6px', where);
  assert.equal(screen.h2Border, '1px solid', where);
  assert.equal(screen.h2Colour, 'rgb(204, 204, 221)', where);
  assert.equal(screen.bodyMaxWidth, '736px', where);
  assert.equal(screen.subList, 'none', where);
  assert.equal(print.bodyMaxWidth, 'none', where);
  assert.equal(print.bodyMargin, '0px', where);
  assert.equal(print.h1Size, '25.6px', where);
  assert.equal(screen.inlineStyles, 0, `${where}: an inline <style> was written into the frame`);
  assert.match(screen.text, /U betaalt zelf: € 1\.900,00/);
  assert.match(screen.text, /OOM Persoonlijke TrainingsToelage \(PTT\): € 750,00/);
}

test('served with the app\'s CSP: the print frame is styled, no violation', async () => {
  const res = await fetch(`${app.url}index.html`);
  assert.match(res.headers.get('content-security-policy'), /style-src 'self';/);
  const r = await printFrom(`${app.url}?sw-test`, 'print-served');
  assertStyled(r, 'served');
  // The download is the same document, inline <style> and all (a file on its own has no CSP).
  const s = await appState(r.page);
  assert.ok(s.result_json.length > 0);
  // Control: the old way (inline <style> in an about:blank frame) is refused and the watcher sees it.
  await r.page.evaluate(() => {
    const f = document.createElement('iframe');
    document.body.appendChild(f);
    f.contentDocument.open();
    f.contentDocument.write('<!doctype html><style>h1{font-size:40px}</style><h1 id=x>x</h1>');
    f.contentDocument.close();
    window.__oldWay = getComputedStyle(f.contentDocument.getElementById('x')).fontSize;
  });
  // The violation report is asynchronous (later on a busy machine): wait for it, not for a time.
  for (const end = Date.now() + 30000; Date.now() < end && !r.violations.some((v) => /style/.test(v.directive || v.console || ''));)
    await new Promise((res) => setTimeout(res, 50));
  assert.notEqual(await r.page.evaluate(() => window.__oldWay), '40px', 'inline style applied: the CSP is not in force');
  assert.ok(r.violations.some((v) => /style/.test(v.directive || v.console || '')), JSON.stringify(r.violations));
  await r.context.close();
});

test('offline single file (meta CSP, file://): the print frame is styled, no violation', async () => {
  const r = await printFrom(`${pathToFileURL(offlineFile).href}?sw-test`, 'print-offline');
  assertStyled(r, 'offline');
  await r.context.close();
});
