import type { UserRole } from '@dvc/identity';

/** A person who can sign in, with the claims the gateway needs (sub, role, unit). */
export type Account = {
  sub: string;
  username: string;
  password: string;
  name: string;
  role: UserRole;
  unit?: string;
  /** What the sign-in page says about the account, Vietnamese / English. */
  describe: { vi: string; en: string };
};

/**
 * Demonstration accounts, one per role the issue names. Their password is public (it is printed on the
 * sign-in page in development): they exist so that the app can be tried and tested, never in production.
 */
export const DEMO_ACCOUNTS: Account[] = [
  {
    sub: 'demo-citizen-1',
    username: 'congdan',
    password: 'demo',
    name: 'Nguyễn Văn An',
    role: 'CITIZEN',
    describe: { vi: 'Công dân', en: 'Citizen' },
  },
  {
    sub: 'demo-volunteer-30226',
    username: 'tinhnguyen',
    password: 'demo',
    name: 'Trần Thị Bình',
    role: 'VOLUNTEER',
    unit: '30226',
    describe: { vi: 'Tình nguyện viên, Xã Lai Vung (30226)', en: 'Volunteer, Xã Lai Vung (30226)' },
  },
  {
    sub: 'demo-officer-30226',
    username: 'canbo30226',
    password: 'demo',
    name: 'Lê Văn Cường',
    role: 'OFFICER',
    unit: '30226',
    describe: { vi: 'Cán bộ Một cửa, Xã Lai Vung (30226)', en: 'One-stop desk officer, Xã Lai Vung (30226)' },
  },
  {
    sub: 'demo-officer-30208',
    username: 'canbo30208',
    password: 'demo',
    name: 'Phạm Thị Dung',
    role: 'OFFICER',
    unit: '30208',
    describe: { vi: 'Cán bộ Một cửa, Xã Hòa Long (30208)', en: 'One-stop desk officer, Xã Hòa Long (30208)' },
  },
  {
    sub: 'demo-leader-876',
    username: 'lanhdao876',
    password: 'demo',
    name: 'Võ Minh Đức',
    role: 'LEADER',
    unit: '876',
    describe: { vi: 'Lãnh đạo, Huyện Lai Vung (876)', en: 'Leader, Huyện Lai Vung (876)' },
  },
  {
    sub: 'demo-admin',
    username: 'quantri',
    password: 'demo',
    name: 'Hoàng Văn Em',
    role: 'ADMIN',
    describe: { vi: 'Quản trị viên', en: 'Administrator' },
  },
];
