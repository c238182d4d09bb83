// Password policy: long enough, not the e-mail, not a famous one.
import { badInput } from '../../errors.js';
import { MIN_PASSWORD_LENGTH } from '../../auth/passwords.js';

const COMMON = new Set(['password123', 'password1234', '1234567890', 'qwertyuiop', 'iloveyou123', 'letmein1234', 'switchboard', 'administrator', 'welcome1234', 'passw0rd123']);

export function assertPasswordPolicy(password: string, email?: string, field = 'password'): void {
  if (password.length < MIN_PASSWORD_LENGTH) throw badInput(`The password needs at least ${MIN_PASSWORD_LENGTH} characters`, field);
  if (password.length > 200) throw badInput('The password may have at most 200 characters', field);
  if (COMMON.has(password.toLowerCase())) throw badInput('This password is too common', field);
  if (email && password.toLowerCase().includes(email.split('@')[0].toLowerCase()) && email.split('@')[0].length >= 4) {
    throw badInput('The password must not contain your e-mail name', field);
  }
}
