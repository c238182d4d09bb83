import { Entity, Enum, ManyToOne, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import type { Ref } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import { User } from '../users/user.entity.js';
import { Tenant } from '../tenants/tenant.entity.js';

/**
 * One refresh token of a rotating family. Presenting a token that was already used means it
 * leaked: the whole family is revoked. Only the SHA-256 of the token is stored.
 * Not tenant-filtered: it is looked up by hash before any tenant is known.
 */
@Entity({ tableName: 'refresh_tokens' })
export class RefreshToken {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();
  @ManyToOne(() => User, { ref: true, deleteRule: 'cascade' })
  user!: Ref<User>;
  @ManyToOne(() => Tenant, { ref: true, nullable: true, deleteRule: 'cascade' })
  tenant!: Ref<Tenant> | null;
  @Property({ type: 'uuid' })
  familyId!: string;
  @Property({ type: 'text', unique: true })
  tokenHash!: string;
  @Property({ type: 'datetime', columnType: 'timestamptz' })
  expiresAt!: Date;
  @Property({ type: 'datetime', columnType: 'timestamptz', nullable: true })
  usedAt: Date | null = null;
  @Property({ type: 'datetime', columnType: 'timestamptz', nullable: true })
  revokedAt: Date | null = null;
  @Property({ type: 'text', nullable: true })
  ip: string | null = null;
  @Property({ type: 'text', nullable: true })
  userAgent: string | null = null;
  @Property({ type: 'datetime', columnType: 'timestamptz' })
  createdAt: Date = new Date();
}

export enum OneTimePurpose {
  INVITATION = 'INVITATION',
  PASSWORD_RESET = 'PASSWORD_RESET',
}

/** An invitation or password-reset token: single use, short-lived, stored as a hash. */
@Entity({ tableName: 'one_time_tokens' })
export class OneTimeToken {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();
  @ManyToOne(() => Tenant, { ref: true, nullable: true, deleteRule: 'cascade' })
  tenant!: Ref<Tenant> | null;
  @ManyToOne(() => User, { ref: true, deleteRule: 'cascade' })
  user!: Ref<User>;
  @Enum({ items: () => OneTimePurpose })
  purpose!: OneTimePurpose;
  @Property({ type: 'text', unique: true })
  tokenHash!: string;
  @Property({ type: 'datetime', columnType: 'timestamptz' })
  expiresAt!: Date;
  @Property({ type: 'datetime', columnType: 'timestamptz', nullable: true })
  usedAt: Date | null = null;
  @ManyToOne(() => User, { ref: true, nullable: true, deleteRule: 'set null' })
  createdBy: Ref<User> | null = null;
  @Property({ type: 'datetime', columnType: 'timestamptz' })
  createdAt: Date = new Date();
}
