// The hidden frame of a silent sign-in: hands the provider's answer back to the app's window.
import { userManager } from './lib/auth';

void userManager().then((manager) => manager.signinSilentCallback());
