import { describe, expect, it } from 'vitest';
import { sourceUrlProblem } from './source-rules.ts';

describe('sourceUrlProblem', () => {
  it('accepts a plain https article and an archived copy', () => {
    expect(sourceUrlProblem('https://astanatimes.com/2015/12/kazakhstan-eu-sign/')).toBeUndefined();
    expect(
      sourceUrlProblem(
        'https://web.archive.org/web/20070831/http://www.auswaertiges-amt.de/x.html',
      ),
    ).toBeUndefined();
  });

  it.each([
    ['http://www.dawn.com/news/1196768', /plain http/],
    ['https://qazaqstan.tv./news/140522', /ends with a dot/],
    ['https://www.dawn.com/news/1196768/cdnjs.cloudflare.com', /junk after the path/],
    ['https://daz.asia/blog/x/?share=facebook', /tracking or print/],
    ['https://example.org/news/?page=877', /listing page/],
    ['https://silkroad.thebulletin.news/archive/tag/international-relations/page/93', /listing/],
    ['https://vimarsana.com/ampnews/x/1', /blocklist \(a scraper\)/],
    ['https://www.questia.com/article/1G1-174020010/x', /closed in 2020/],
  ])('refuses %s', (url, message) => {
    expect(sourceUrlProblem(url)).toMatch(message);
  });

  it('accepts plain http only for hosts with no known https address', () => {
    expect(sourceUrlProblem('http://kazworld.info/?p=17276')).toBeUndefined();
  });
});
