import { describe, expect, it } from 'vitest';
import { checkDataUrl, parseAllowOrigins, type OriginPolicy } from '../../src/model/origin-policy.ts';

const PAGE = 'https://news.example/article/map.html';
const policy = (allowed: string[] = []): OriginPolicy => ({ own: ['https://news.example', 'https://maps.example'], allowed });

describe('checkDataUrl', () => {
  it('accepts relative URLs and the page’s and the data folder’s own origins', () => {
    expect(checkDataUrl('data/other.json', PAGE, policy(), 'claims file')).toEqual({ ok: true, url: 'https://news.example/article/data/other.json' });
    expect(checkDataUrl('/x.json', PAGE, policy(), 'claims file').ok).toBe(true);
    expect(checkDataUrl('https://maps.example/ukraine/data/claims.json', PAGE, policy(), 'claims file').ok).toBe(true);
  });

  it('refuses another origin unless the publisher allows it', () => {
    const refused = checkDataUrl('https://evil.example/claims.json', PAGE, policy(), 'claims file');
    expect(refused).toMatchObject({ ok: false });
    expect(!refused.ok && refused.message).toBe(
      'the claims file "https://evil.example/claims.json" was not loaded: https://evil.example is not this page’s origin, and the publisher has not allowed it (allow-origins)',
    );
    expect(checkDataUrl('https://data.example.org/c.json', PAGE, policy(['https://data.example.org']), 'claims file').ok).toBe(true);
  });

  it('refuses protocol-relative URLs to another host', () => {
    expect(checkDataUrl('//evil.example/a.geojson', PAGE, policy(), 'assessment').ok).toBe(false);
  });

  it.each(['data:application/json,{"claims":[]}', 'blob:https://news.example/1234', 'file:///etc/passwd', 'javascript:alert(1)', 'ftp://news.example/x'])(
    'never loads %s, even from an allowed origin',
    (url) => {
      const r = checkDataUrl(url, PAGE, policy(['https://news.example']), 'claims file');
      expect(r.ok).toBe(false);
      expect(!r.ok && r.message).toMatch(/URLs are never loaded, only http: and https:/);
    },
  );

  it('refuses URLs with credentials, and says when a URL is not one', () => {
    expect(checkDataUrl('https://u:p@news.example/x.json', PAGE, policy(), 'claims file').ok).toBe(false);
    const bad = checkDataUrl('http://[::1', PAGE, policy(), 'basemap style');
    expect(!bad.ok && bad.message).toMatch(/is not a valid URL/);
  });

  it('shortens a long URL in the message', () => {
    const r = checkDataUrl(`https://evil.example/${'a'.repeat(5000)}`, PAGE, policy(), 'claims file');
    expect(!r.ok && r.message.length).toBeLessThan(250);
  });
});

describe('parseAllowOrigins', () => {
  it('reads origins separated by spaces or commas, and sets aside what is not an origin', () => {
    expect(parseAllowOrigins('https://data.example.org  https://cdn.example,http://localhost:8080')).toEqual({
      origins: ['https://data.example.org', 'https://cdn.example', 'http://localhost:8080'],
      invalid: [],
    });
    expect(parseAllowOrigins('https://a.example/path * data: evil.example')).toEqual({
      origins: [],
      invalid: ['https://a.example/path', '*', 'data:', 'evil.example'],
    });
    expect(parseAllowOrigins(null)).toEqual({ origins: [], invalid: [] });
  });
});
