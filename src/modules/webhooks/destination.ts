import dns from 'node:dns/promises'
import net from 'node:net'

// Loopback, private, link-local (cloud metadata), carrier-grade NAT, unspecified and multicast ranges.
const PRIVATE = new net.BlockList()
for (const [net4, bits] of [['0.0.0.0', 8], ['10.0.0.0', 8], ['100.64.0.0', 10], ['127.0.0.0', 8], ['169.254.0.0', 16], ['172.16.0.0', 12], ['192.168.0.0', 16], ['224.0.0.0', 4]] as const) {
  PRIVATE.addSubnet(net4, bits, 'ipv4')
}
for (const [net6, bits] of [['::', 128], ['::1', 128], ['fc00::', 7], ['fe80::', 10], ['ff00::', 8]] as const) PRIVATE.addSubnet(net6, bits, 'ipv6')

function isPrivate(address: string): boolean {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address)
  if (mapped) return PRIVATE.check(mapped[1], 'ipv4')
  return PRIVATE.check(address, net.isIPv6(address) ? 'ipv6' : 'ipv4')
}

/**
 * Why a delivery to `url` is refused, or undefined when it may go: an actor's admin must not be able to make the
 * server call into its own network (other services, cloud metadata) and read the answers in the delivery log.
 * Checked when sending, on every address the name resolves to.
 */
export async function refusedDestination(url: string): Promise<string | undefined> {
  const host = new URL(url).hostname.replace(/^\[|\]$/g, '')
  const addresses = net.isIP(host) ? [host] : (await dns.lookup(host, { all: true }).catch(() => [])).map((a) => a.address)
  const inside = addresses.find(isPrivate)
  return inside ? `refused: ${host} is a private or loopback address (${inside}); set TRUCE_WEBHOOK_PRIVATE=allow to permit it` : undefined
}
