import { SignJWT, jwtVerify } from 'jose';

export interface TokenClaims {
  accountId: number;
}

export class TokenService {
  private readonly key: Uint8Array;

  constructor(
    secret: string,
    private readonly ttlSeconds: number,
  ) {
    this.key = new TextEncoder().encode(secret);
  }

  async sign(accountId: number): Promise<{ token: string; expiresAt: string }> {
    const expires = Math.floor(Date.now() / 1000) + this.ttlSeconds;
    const token = await new SignJWT({})
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject(String(accountId))
      .setIssuedAt()
      .setExpirationTime(expires)
      .sign(this.key);
    return { token, expiresAt: new Date(expires * 1000).toISOString() };
  }

  /** The claims of a valid, unexpired token; null for anything else. */
  async verify(token: string): Promise<TokenClaims | null> {
    try {
      const { payload } = await jwtVerify(token, this.key, { algorithms: ['HS256'] });
      const accountId = Number(payload.sub);
      return Number.isSafeInteger(accountId) && accountId > 0 ? { accountId } : null;
    } catch {
      return null;
    }
  }
}
