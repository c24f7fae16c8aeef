import type { KoaContextWithOIDC } from 'oidc-provider';
import type { Account } from './accounts';

export const escapeHtml = (text: string) =>
  text.replace(
    /[&<>"']/g,
    (char) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[char] as string,
  );

const STYLE = `
body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;margin:0;background:#f4f6f8;color:#1b1f24;line-height:1.5}
main{max-width:32rem;margin:0 auto;padding:1rem}
h1{font-size:1.5rem;color:#8a1c1c}
form{background:#fff;border:1px solid #c9ced6;border-radius:8px;padding:1rem;margin-bottom:1rem}
label{display:block;font-weight:600;margin-top:.75rem}
input{display:block;width:100%;box-sizing:border-box;min-height:48px;font-size:1rem;padding:.5rem;border:2px solid #5a6270;border-radius:6px}
button{min-height:48px;font-size:1rem;padding:.5rem 1rem;margin-top:1rem;border:0;border-radius:6px;background:#8a1c1c;color:#fff;cursor:pointer;width:100%}
button.secondary{background:#fff;color:#8a1c1c;border:2px solid #8a1c1c}
:focus-visible{outline:3px solid #1d4ed8;outline-offset:2px}
.error{color:#a40000;font-weight:600}
table{width:100%;border-collapse:collapse;background:#fff}
td,th{border:1px solid #c9ced6;padding:.4rem;text-align:left;vertical-align:top}
.note{font-size:.9rem;color:#3d4450}`;

export const page = (title: string, body: string) => `<!doctype html>
<html lang="vi"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>${escapeHtml(title)}</title><style>${STYLE}</style></head>
<body><main>${body}</main></body></html>`;

/** The sign-in form; in development also the demonstration accounts, each signed in with one tap. */
export function signInPage(options: {
  uid: string;
  clientName: string;
  error?: string;
  username?: string;
  demoAccounts: Account[] | null;
}): string {
  const action = `/interaction/${encodeURIComponent(options.uid)}/login`;
  const demo = options.demoAccounts
    ? `<h2>Tài khoản thử nghiệm <span lang="en">/ Demonstration accounts</span></h2>
<p class="note">Chỉ có khi chạy thử (development). Mật khẩu của mọi tài khoản: <code>demo</code>.
<span lang="en">Development only. Every account's password: <code>demo</code>.</span></p>
<table><thead><tr><th scope="col">Tài khoản / Account</th><th scope="col">Vai trò / Role</th><th scope="col"><span class="note">Đăng nhập / Sign in</span></th></tr></thead><tbody>
${options.demoAccounts
  .map(
    (account) => `<tr><td><code>${escapeHtml(account.username)}</code><br>${escapeHtml(account.name)}</td>
<td>${escapeHtml(account.describe.vi)}<br><span lang="en" class="note">${escapeHtml(account.describe.en)}</span></td>
<td><form method="post" action="${action}" style="border:0;padding:0;margin:0">
<input type="hidden" name="username" value="${escapeHtml(account.username)}">
<input type="hidden" name="password" value="${escapeHtml(account.password)}">
<button type="submit" class="secondary" aria-label="Đăng nhập: ${escapeHtml(account.name)} (${escapeHtml(account.describe.vi)})">Đăng nhập</button></form></td></tr>`,
  )
  .join('\n')}</tbody></table>`
    : '';
  return page(
    'Đăng nhập / Sign in',
    `<h1>Đăng nhập <span lang="en">/ Sign in</span></h1>
<p>để tiếp tục tới <strong>${escapeHtml(options.clientName)}</strong> <span lang="en">to continue to ${escapeHtml(options.clientName)}</span></p>
<form method="post" action="${action}">
${options.error ? `<p class="error" role="alert" id="sign-in-error">${escapeHtml(options.error)}</p>` : ''}
<label for="username">Tên đăng nhập <span lang="en">/ Username</span></label>
<input id="username" name="username" autocomplete="username" required value="${escapeHtml(options.username ?? '')}"${options.error ? ' aria-describedby="sign-in-error"' : ''}>
<label for="password">Mật khẩu <span lang="en">/ Password</span></label>
<input id="password" name="password" type="password" autocomplete="current-password" required>
<button type="submit">Đăng nhập <span lang="en">/ Sign in</span></button>
</form>
${demo}`,
  );
}

export async function logoutPage(ctx: KoaContextWithOIDC, form: string): Promise<void> {
  ctx.body = page(
    'Đăng xuất / Sign out',
    `<h1>Đăng xuất? <span lang="en">/ Sign out?</span></h1>
${form}
<button type="submit" form="op.logoutForm" value="yes" name="logout" autofocus>Đăng xuất <span lang="en">/ Sign out</span></button>
<button type="submit" form="op.logoutForm" class="secondary">Ở lại <span lang="en">/ Stay signed in</span></button>`,
  );
}

export async function postLogoutPage(ctx: KoaContextWithOIDC): Promise<void> {
  ctx.body = page(
    'Đã đăng xuất / Signed out',
    '<h1>Bạn đã đăng xuất <span lang="en">/ You are signed out</span></h1>',
  );
}

export async function errorPage(
  ctx: KoaContextWithOIDC,
  out: { error: string; error_description?: string },
): Promise<void> {
  ctx.type = 'html';
  ctx.body = page(
    'Lỗi đăng nhập / Sign-in error',
    `<h1>Không đăng nhập được <span lang="en">/ Sign-in failed</span></h1>
<p>${escapeHtml(out.error)}${out.error_description ? `: ${escapeHtml(out.error_description)}` : ''}</p>`,
  );
}
