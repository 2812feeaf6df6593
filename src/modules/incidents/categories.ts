/**
 * What kind of event an incident is. The ACLED event types and sub-event types that matter to a ceasefire (so that
 * figures compare with ACLED's), plus Truce's own: what only a deconfliction system can know (a notified site or
 * movement attacked, aid obstructed, a zone violated). A fixed list: figures are only comparable over fixed categories.
 */
export const CATEGORIES = {
  // ACLED: Battles
  armed_clash: { eventType: 'Battles', label: 'Armed clash' },
  government_regains_territory: { eventType: 'Battles', label: 'Government regains territory' },
  non_state_actor_overtakes_territory: { eventType: 'Battles', label: 'Non-state actor overtakes territory' },
  // ACLED: Explosions/Remote violence
  shelling_artillery_missile_attack: { eventType: 'Explosions/Remote violence', label: 'Shelling/artillery/missile attack' },
  air_drone_strike: { eventType: 'Explosions/Remote violence', label: 'Air/drone strike' },
  chemical_weapon: { eventType: 'Explosions/Remote violence', label: 'Chemical weapon' },
  suicide_bomb: { eventType: 'Explosions/Remote violence', label: 'Suicide bomb' },
  remote_explosive_landmine_ied: { eventType: 'Explosions/Remote violence', label: 'Remote explosive/landmine/IED' },
  grenade: { eventType: 'Explosions/Remote violence', label: 'Grenade' },
  // ACLED: Violence against civilians
  attack_on_civilians: { eventType: 'Violence against civilians', label: 'Attack' },
  abduction_forced_disappearance: { eventType: 'Violence against civilians', label: 'Abduction/forced disappearance' },
  sexual_violence: { eventType: 'Violence against civilians', label: 'Sexual violence' },
  // ACLED: Strategic developments
  looting_property_destruction: { eventType: 'Strategic developments', label: 'Looting/property destruction' },
  // Truce's own
  obstruction_of_aid: { eventType: 'Truce', label: 'Obstruction of humanitarian aid' },
  attack_on_notified_site: { eventType: 'Truce', label: 'Attack on a notified site' },
  attack_on_notified_movement: { eventType: 'Truce', label: 'Attack on a notified movement' },
  zone_violation: { eventType: 'Truce', label: 'Violation of a zone' },
} as const

export type Category = keyof typeof CATEGORIES
export const CATEGORY_IDS = Object.keys(CATEGORIES) as Category[]
