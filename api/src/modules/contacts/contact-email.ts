// What counts as an e-mail address wherever a customer gives one (widget session, reply by e-mail).
export const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
