import { createApiSession } from "./apiSession.ts";

/** A member the demo seed created, as the first start printed it, with what the API says of it. */
export interface DemoAccount {
  name: string;
  phone: string;
  password: string;
  memberId: string;
  unitId: string;
  role: string;
  isPlatformAdmin: boolean;
}

interface Me {
  member: {
    id: string;
    name: string;
    role: string;
    isPlatformAdmin: boolean;
    mustChangePassword: boolean;
  };
  unit: { id: string; name: string };
}

// The welcome text lists one account a line: name (padded with ideographic spaces),
// an 11-digit mainland mobile number, then the password.
const accountLine = /^\s+(\S+)\s+(1\d{10})\s+(\S+)\s*$/u;

/** Reads the demo accounts from what the server printed on its first start. */
export function parseDemoAccounts(
  output: string,
): Array<{ name: string; phone: string; password: string }> {
  const accounts = [];
  for (const line of output.split("\n")) {
    const match = accountLine.exec(line);
    if (match?.[1] && match[2] && match[3]) {
      accounts.push({ name: match[1], phone: match[2], password: match[3] });
    }
  }
  return accounts;
}

/**
 * Signs every printed account in once to learn its member id, unit and rights. An
 * account that must change its password first gets a fixed test password, so the
 * browser tests start from an ordinary signed-in state.
 */
export async function describeDemoAccounts(
  baseUrl: string,
  printed: Array<{ name: string; phone: string; password: string }>,
): Promise<DemoAccount[]> {
  const accounts: DemoAccount[] = [];
  for (const entry of printed) {
    const api = createApiSession(baseUrl);
    let password = entry.password;

    const { mustChangePassword } = await api.signIn(entry.phone, password);
    if (mustChangePassword) {
      const next = `E2e-${entry.phone.slice(-4)}-Xietong!`;
      await api.mutation("auth.changePassword", {
        currentPassword: password,
        newPassword: next,
      });
      password = next;
    }

    const me = await api.query<Me | null>("auth.me");
    if (!me)
      throw new Error(`Demo account "${entry.phone}" is not signed in after sign-in`);
    accounts.push({
      name: me.member.name,
      phone: entry.phone,
      password,
      memberId: me.member.id,
      unitId: me.unit.id,
      role: me.member.role,
      isPlatformAdmin: me.member.isPlatformAdmin,
    });
  }
  return accounts;
}
