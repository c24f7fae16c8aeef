import { createHmac, randomUUID, timingSafeEqual } from 'node:crypto';
import { createBullBoard } from '@bull-board/api';
import { BullMQAdapter } from '@bull-board/api/bullMQAdapter';
import { ExpressAdapter } from '@bull-board/express';
import type { Queue } from 'bullmq';
import type { Express, NextFunction, Request, Response } from 'express';

export const BOARD_PATH = '/admin/queues';
const TICKET_SECONDS = 60;
const SESSION_SECONDS = 3600;
const COOKIE = 'dvc_queue_board';

/**
 * The queue board (bull-board) behind the ADMIN role. The gateway's signed identity reaches this service only on
 * /graphql, and a browser cannot add that header, so the board is opened with a ticket: an administrator asks
 * the gateway for `queueBoardLink` (ADMIN only), which answers a link carrying a ticket signed with a key derived
 * from the identity secret, valid 60 s and usable once. Opening it sets an HttpOnly cookie for this path, valid
 * an hour; every board request (pages, API, actions such as retry) needs that cookie.
 */
export function boardAccess(identitySecret: string) {
  const key = createHmac('sha256', identitySecret).update('queue-board').digest();
  const usedTickets = new Map<string, number>();

  const sign = (kind: string, sub: string, seconds: number) => {
    const payload = Buffer.from(
      JSON.stringify({ kind, sub, exp: Math.floor(Date.now() / 1000) + seconds, nonce: randomUUID() }),
    ).toString('base64url');
    return `${payload}.${createHmac('sha256', key).update(payload).digest('base64url')}`;
  };
  const verify = (
    token: string | undefined,
    kind: string,
  ): { sub: string; nonce: string; exp: number } | null => {
    const [payload, signature] = (token ?? '').split('.');
    if (!payload || !signature) return null;
    const expected = createHmac('sha256', key).update(payload).digest();
    const given = Buffer.from(signature, 'base64url');
    if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
    try {
      const claims = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
      if (claims.kind !== kind || typeof claims.exp !== 'number' || claims.exp < Date.now() / 1000)
        return null;
      return claims;
    } catch {
      return null;
    }
  };

  return {
    ticket: (adminSub: string) => sign('ticket', adminSub, TICKET_SECONDS),
    mount(app: Express, queues: Queue[]) {
      const serverAdapter = new ExpressAdapter();
      serverAdapter.setBasePath(BOARD_PATH);
      createBullBoard({
        queues: queues.map((queue) => new BullMQAdapter(queue)),
        // @bull-board/express 9.10.1 pins its own copy of @bull-board/api; the two copies differ only in types.
        serverAdapter: serverAdapter as unknown as Parameters<typeof createBullBoard>[0]['serverAdapter'],
        options: { uiConfig: { boardTitle: 'DVC notifications' } },
      });
      app.get(`${BOARD_PATH}/enter`, (req: Request, res: Response) => {
        const claims = verify(String(req.query.ticket ?? ''), 'ticket');
        const now = Date.now() / 1000;
        for (const [nonce, exp] of usedTickets) if (exp < now) usedTickets.delete(nonce);
        if (!claims || usedTickets.has(claims.nonce)) {
          res
            .status(401)
            .type('text/plain')
            .send('Liên kết đã hết hạn hoặc đã được dùng / The link has expired or was used');
          return;
        }
        usedTickets.set(claims.nonce, claims.exp);
        res.cookie(COOKIE, sign('session', claims.sub, SESSION_SECONDS), {
          httpOnly: true,
          sameSite: 'strict',
          path: BOARD_PATH,
          maxAge: SESSION_SECONDS * 1000,
          secure: req.secure,
        });
        res.redirect(BOARD_PATH);
      });
      app.use(
        BOARD_PATH,
        (req: Request, res: Response, next: NextFunction) => {
          const cookie = (req.headers.cookie ?? '')
            .split(';')
            .map((part) => part.trim().split('='))
            .find(([name]) => name === COOKIE)?.[1];
          if (!verify(cookie, 'session')) {
            res
              .status(401)
              .type('text/plain')
              .send(
                'Chỉ quản trị viên: mở bảng hàng đợi bằng liên kết queueBoardLink / Administrators only: open the board with a queueBoardLink',
              );
            return;
          }
          next();
        },
        serverAdapter.getRouter(),
      );
    },
  };
}
