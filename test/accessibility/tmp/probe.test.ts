import { it } from 'vitest';
import { launchBrowser } from '../../e2e/browser';
import { goTo, openPage, seededHarness } from '../support';

it('probe', async () => {
  const browser = await launchBrowser();
  const { harness, sample } = await seededHarness('fi');
  for (const hash of [`#/procurements/${sample.id}/planning/value`, `#/procurements/${sample.id}/planning/procedure`, '#/settings', '#/calendar']) {
    const { page, context } = await openPage(browser, harness, { hash });
    await goTo(page, hash);
    const out = await page.evaluate(() => {
      const seen = new Map<string, string>();
      const bgOf = (el: Element | null): string => {
        while (el) {
          const c = getComputedStyle(el).backgroundColor;
          if (c !== 'rgba(0, 0, 0, 0)' && c !== 'transparent') return c;
          el = el.parentElement;
        }
        return 'white';
      };
      for (const el of Array.from(document.querySelectorAll('input, textarea, button[class*="dropdown"], [class*="checkbox"] label, [class*="checkbox_label"], [class*="radio-button"] label')) ) {
        for (const target of [el, ...(['::before', '::after'] as const)]) {
          const s = typeof target === 'string' ? getComputedStyle(el, target) : getComputedStyle(el);
          const key = `${el.className.toString().split(' ').filter((c) => c.startsWith('fi-')).join('.')}${typeof target === 'string' ? target : ''}`;
          if (s.borderTopWidth !== '0px' && s.borderTopStyle !== 'none' && !seen.has(key))
            seen.set(key, `${s.borderTopColor} ${s.borderTopWidth} on ${bgOf(el.parentElement)}`);
        }
      }
      for (const el of Array.from(document.querySelectorAll('.fi-icon-radio-base, .fi-icon-radio-checked, .fi-checkbox_icon, .fi-checkbox_label'))) {
        const s = getComputedStyle(el);
        const b = getComputedStyle(el, '::before');
        seen.set('svg ' + el.getAttribute('class'), `stroke ${s.stroke} fill ${s.fill} border ${s.borderTopColor} before ${b.borderTopColor} ${b.borderTopWidth} on ${bgOf(el.parentElement)}`);
      }
      return Array.from(seen.entries()).map(([k, v]) => `${k}: ${v}`);
    });
    console.log(hash, '\n' + out.join('\n'));
    await context.close();
  }
  await browser.close();
  await harness.stop();
}, 120000);
