// The database as Kysely sees it. JSON columns are written as JSON text (both drivers pass a
// string through unchanged) and read back as values; tsvector columns are generated and never
// selected directly, so they are left out.
import type { ColumnType, Generated } from 'kysely';

type Json<T> = ColumnType<T, string, string>;
type JsonOrNull<T> = ColumnType<T | null, string | null, string | null>;
type Timestamp = ColumnType<Date | string, string | undefined, string>;

export interface CountriesTable {
  iso3: string;
  iso2: string;
  names: Json<Record<string, string>>;
  aliases: Json<string[]>;
  is_oas_member: boolean;
  subregion: string;
  is_caricom: boolean;
}

export interface OrganisationsTable {
  acronym: string;
  seq: Generated<number>;
  version: Generated<number>;
  names: Json<Record<string, string>>;
  type: string;
  parent: string | null;
}

export interface InstrumentsTable {
  id: string;
  seq: Generated<number>;
  version: Generated<number>;
  symbol: string;
  kind: string;
  body: string;
  title: Json<Record<string, string>>;
  year: number | null;
  adopted_on: string | null;
}

export interface MandatesTable {
  id: string;
  seq: Generated<number>;
  version: Generated<number>;
  instrument: string;
  paragraph: string;
  text: Json<Record<string, string>>;
  renews_instrument: string | null;
  renews_paragraph: string | null;
  units: string[];
}

export interface WorkPlansTable {
  id: string;
  seq: Generated<number>;
  version: Generated<number>;
  symbol: string | null;
  unit: string;
  title: Json<Record<string, string>>;
  period_start: string;
  period_end: string;
}

export interface MandateRefJson {
  instrument: string;
  paragraph: string | null;
}

export interface WorkPlanItemsTable {
  id: string;
  seq: Generated<number>;
  version: Generated<number>;
  work_plan_id: string;
  parent_id: string | null;
  level: string;
  code: string;
  title: Json<Record<string, string>>;
  mandates: Json<MandateRefJson[]>;
  objectives: Json<MandateRefJson[]>;
}

export interface PlannedOutputsTable {
  id: string;
  seq: Generated<number>;
  version: Generated<number>;
  item_id: string;
  description: Json<Record<string, string>>;
  target: Json<Record<string, unknown>>;
}

export interface ActivitiesTable {
  id: string;
  seq: Generated<number>;
  version: Generated<number>;
  title: string;
  description: string;
  type: string;
  status: string;
  start_date: string | null;
  end_date: string | null;
  /** First and last day the dates may cover, as YYYY-MM-DD. */
  starts_on: ColumnType<string | null, string | null, string | null>;
  ends_on: ColumnType<string | null, string | null, string | null>;
  country_keys: string[];
  /** "JAM@2015": each country with each year the activity may touch (country-year-keys.ts). */
  country_years: string[];
  participation_countries: string[];
  participants_total: number | null;
  units: string[];
  mandate_keys: string[];
  planned_output_ids: string[];
  /** The whole activity as written, JSON text in the domain's shape (read with readActivityRecord); the other columns are derived from it. */
  record: string;
  is_published: boolean;
  language: string | null;
}

/** One row: no stored activity lasts longer than max_days (it may be an overestimate). */
export interface ActivitySpanBoundTable {
  only_row: Generated<boolean>;
  max_days: number;
}

/** An index a bulk load dropped to build again at its end; a row left here means it has yet to be rebuilt. */
export interface SetAsideIndexesTable {
  name: string;
  definition: string;
  set_aside_at: Generated<Date>;
}

export interface FollowUpsTable {
  id: string;
  seq: Generated<number>;
  version: Generated<number>;
  activity_id: string;
  observed_on: string;
  country: string | null;
  statement: string;
  evidence: string | null;
  level: string;
}

export interface AssistanceRequestsTable {
  id: string;
  seq: Generated<number>;
  version: Generated<number>;
  country: string;
  subject: string;
  received_on: string;
  status: string;
}

export interface AssistanceRequestActivitiesTable {
  request_id: string;
  activity_id: string;
  position: number;
}

export interface FocalPointsTable {
  id: string;
  seq: Generated<number>;
  version: Generated<number>;
  name: string;
  country: string;
  organisation: string | null;
  network: string;
  role: string | null;
  email: string | null;
  visibility: string;
}

export interface AuditLogTable {
  id: Generated<number>;
  at: Timestamp;
  actor: string;
  action: string;
  entity: string;
  entity_id: string;
  before: JsonOrNull<unknown>;
  after: JsonOrNull<unknown>;
}

export interface ReviewBatchesTable {
  id: string;
  seq: Generated<number>;
  version: Generated<number>;
  document: string;
  language: string | null;
  kind: string;
  created_at: Timestamp;
  created_by: string;
}

export interface ReviewCandidatesTable {
  id: string;
  version: Generated<number>;
  batch_id: string;
  position: number;
  entity: Generated<string>;
  proposed: Json<unknown>;
  corrected: JsonOrNull<unknown>;
  span_start: number;
  span_end: number;
  excerpt: string;
  confidence: number;
  state: Generated<string>;
  decided_by: string | null;
  decided_at: ColumnType<Date | string | null, string | null | undefined, string | null>;
}

export interface Database {
  countries: CountriesTable;
  organisations: OrganisationsTable;
  instruments: InstrumentsTable;
  mandates: MandatesTable;
  work_plans: WorkPlansTable;
  work_plan_items: WorkPlanItemsTable;
  planned_outputs: PlannedOutputsTable;
  activities: ActivitiesTable;
  activity_span_bound: ActivitySpanBoundTable;
  set_aside_indexes: SetAsideIndexesTable;
  follow_ups: FollowUpsTable;
  assistance_requests: AssistanceRequestsTable;
  assistance_request_activities: AssistanceRequestActivitiesTable;
  focal_points: FocalPointsTable;
  audit_log: AuditLogTable;
  review_batches: ReviewBatchesTable;
  review_candidates: ReviewCandidatesTable;
}
