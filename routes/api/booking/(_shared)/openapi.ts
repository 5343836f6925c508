/**
 * The OpenAPI 3.1 document of the read-only booking API, generated from
 * its zod schemas in the license API's style: every status an operation
 * can answer, the shared errors by reference. tests/booking_api_test.ts
 * checks the API's answers against it.
 */
import { z } from "zod";
import * as api from "@/lib/booking/api.ts";
import { openApiParts, responseHeader } from "@/lib/http/openapi.ts";

const schemas = {
  Booking: api.apiBooking,
  BookingAnswer: z.object({ booking: api.apiBooking }),
  BookingList: api.bookingListAnswer,
  ServiceList: api.serviceListAnswer,
  SlotList: api.slotListAnswer,
  Error: api.apiError,
};
type SchemaName = keyof typeof schemas;

const errorResponses = {
  BadRequest: { description: "The query does not match (INVALID_QUERY)" },
  Unauthorized: { description: "No valid API key" },
  Forbidden: {
    description: "The API key lacks the bookings:read scope (SCOPE_MISSING)",
  },
  NotFound: {
    description:
      "No booking has this id; no bookable service or staff member has the one asked for",
  },
  MethodNotAllowed: {
    description: "A method the path does not list; Allow names the ones it has",
  },
  RateLimited: {
    description:
      "Too many calls from this address or for this key; try again after Retry-After",
    headers: { "Retry-After": responseHeader("Seconds to wait") },
  },
  InternalError: { description: "The request failed on the server" },
  ServiceUnavailable: {
    description:
      "The server is starting or its database is briefly away; ask again after Retry-After",
  },
};
type ErrorName = keyof typeof errorResponses;

const { json, errors, selfPath, components } = openApiParts(
  schemas,
  errorResponses,
);

/** Errors of every operation: no key or no scope, too many calls, the server failing. */
const ALWAYS: ErrorName[] = [
  "Unauthorized",
  "Forbidden",
  "RateLimited",
  "InternalError",
  "ServiceUnavailable",
];

const query = (
  name: string,
  schema: Record<string, unknown>,
  description: string,
  required = false,
) => ({ name, in: "query", required, description, schema });

/** A GET answering `ok`, with its parameters and its own refusals. */
function read(
  summary: string,
  ok: SchemaName,
  parameters: unknown[],
  refusals: ErrorName[] = [],
) {
  return {
    get: {
      summary,
      security: [{ apiKey: ["bookings:read"] }],
      parameters,
      responses: {
        "200": { description: "OK", content: json(ok) },
        ...errors(...refusals, ...ALWAYS),
      },
    },
  };
}

/** The document served at `/api/booking/openapi.json`. */
export function bookingOpenApi(serverUrl: string) {
  return {
    openapi: "3.1.0",
    info: {
      title: "Portico Booking API",
      version: "1.0.0",
      description:
        "Read bookings, services and free times. Every call needs an API key (Admin → Licenses → API keys) with the bookings:read scope, sent as `Authorization: Bearer pk_…`. " +
        "Errors are `{ error: { code, message } }`. Times are ISO 8601 instants in UTC.",
    },
    servers: [{ url: serverUrl }],
    paths: {
      "/api/booking/bookings": read(
        "List bookings by start time",
        "BookingList",
        [
          query(
            "from",
            { type: "string", format: "date-time" },
            "Starts at or after",
          ),
          query("to", { type: "string", format: "date-time" }, "Starts before"),
          query(
            "status",
            { enum: [...api.BOOKING_STATUSES] },
            "Only this status",
          ),
          query("limit", {
            type: "integer",
            minimum: 1,
            maximum: 100,
            default: 50,
          }, "Page size"),
          query(
            "offset",
            { type: "integer", minimum: 0, default: 0 },
            "From `next_offset`",
          ),
        ],
        ["BadRequest"],
      ),
      "/api/booking/bookings/{id}": read("One booking", "BookingAnswer", [
        {
          name: "id",
          in: "path",
          required: true,
          schema: { type: "string", format: "uuid" },
        },
      ], ["NotFound"]),
      "/api/booking/services": read("Bookable services", "ServiceList", []),
      "/api/booking/slots": read("Free times of a service", "SlotList", [
        query(
          "service",
          { type: "string", format: "uuid" },
          "The service",
          true,
        ),
        query("staff", { type: "string" }, "A staff id, or `any` (default)"),
        query(
          "from",
          { type: "string", format: "date" },
          "First day (YYYY-MM-DD), business time zone",
          true,
        ),
        query(
          "days",
          { type: "integer", minimum: 1, maximum: 62, default: 7 },
          "How many days",
        ),
      ], ["BadRequest", "NotFound"]),
      "/api/booking/openapi.json": selfPath(
        "InternalError",
        "ServiceUnavailable",
      ),
    },
    components: {
      securitySchemes: { apiKey: { type: "http", scheme: "bearer" } },
      ...components,
    },
  };
}
