#!/usr/bin/env python3
"""Takes the README's screenshots: signs in as the demo applicant and officer on a running Border, saves each
page's HTML (with a <base> so its CSS loads) and has headless Chromium draw it.
Usage: scripts/screenshots.py http://127.0.0.1:5197 docs/"""
import base64, hashlib, hmac, http.cookiejar, os, re, struct, subprocess, sys, tempfile, time, urllib.parse, urllib.request

SITE, OUT = sys.argv[1].rstrip('/'), sys.argv[2]
SECRET = 'BORDERDEMOSTAFFTWOFACTORKEY23456'


def totp(secret):
    key = base64.b32decode(secret)
    digest = hmac.new(key, struct.pack('>Q', int(time.time()) // 30), hashlib.sha1).digest()
    offset = digest[-1] & 15
    return '%06d' % ((struct.unpack('>I', digest[offset:offset + 4])[0] & 0x7fffffff) % 1000000)


def browser():
    return urllib.request.build_opener(urllib.request.HTTPCookieProcessor(http.cookiejar.CookieJar()))


def post_form(opener, path, fields):
    page = opener.open(SITE + path).read().decode()
    token = re.search(r'name="__RequestVerificationToken" type="hidden" value="([^"]+)"', page) or \
        re.search(r'value="([^"]+)"[^>]*name="__RequestVerificationToken"', page)
    fields = dict(fields, __RequestVerificationToken=token.group(1))
    return opener.open(SITE + path, urllib.parse.urlencode(fields).encode()).read().decode()


def shoot(opener, path, name, width, height):
    html = opener.open(SITE + path).read().decode()
    html = html.replace('<head>', '<head><base href="%s/">' % SITE, 1)
    with tempfile.NamedTemporaryFile('w', suffix='.html', delete=False) as f:
        f.write(html)
    subprocess.run(['/usr/bin/chromium', '--headless', '--no-sandbox', '--disable-gpu', '--hide-scrollbars',
                    '--window-size=%d,%d' % (width, height), '--screenshot=' + os.path.join(OUT, name),
                    'file://' + f.name], check=True, capture_output=True)
    os.unlink(f.name)


applicant = browser()
post_form(applicant, '/account/sign-in', {'Input.Email': 'applicant@border.test', 'Input.Password': 'border-demo-2026'})
shoot(applicant, '/', 'applicant-home.png', 360, 740)

officer = browser()
post_form(officer, '/account/sign-in', {'Input.Email': 'officer@border.test', 'Input.Password': 'border-demo-2026'})
post_form(officer, '/account/two-factor', {'Input.Code': totp(SECRET)})
shoot(officer, '/staff/check-in' + (sys.argv[3] if len(sys.argv) > 3 else ''), 'officer-check-in.png', 1000, 700)
