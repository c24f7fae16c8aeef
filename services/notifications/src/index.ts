export { loadNotificationsConfig, type NotificationsConfig } from './config';
export { migrationsFolder, openNotificationsDatabase } from './db';
export { startNotifications } from './service';
