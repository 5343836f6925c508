/**
 * The license API's contract as its served OpenAPI document states it.
 * Every answer for a path of the document is checked by method and status:
 * the status must be listed (a method the path does not list must answer
 * the document's MethodNotAllowed), required headers present, and a JSON
 * body valid against the listed schema, with Ajv (JSON Schema 2020-12, the
 * dialect of OpenAPI 3.1). OPTIONS is left out: it describes the path, it
 * is no operation.
 */
import { Ajv2020 } from "ajv/dist/2020.js";
import addFormats from "ajv-formats";

interface ResponseObject {
  $ref?: string;
  description?: string;
  headers?: Record<string, { required?: boolean }>;
  content?: Record<string, { schema?: unknown }>;
}

interface OpenApiDocument {
  paths: Record<
    string,
    Record<string, { responses: Record<string, ResponseObject> }>
  >;
  components: { responses: Record<string, ResponseObject> };
}

const DOCUMENT_ID = "urn:portico:license-api";
const METHOD_NOT_ALLOWED = "#/components/responses/MethodNotAllowed";

/** `~` and `/` escaped for a JSON pointer segment (RFC 6901). */
const pointerSegment = (key: string) =>
  key.replaceAll("~", "~0").replaceAll("/", "~1");

export class ApiContract {
  /** One line per answer that does not match the document. */
  readonly violations: string[] = [];
  /** `METHOD path status` of every answer checked. */
  readonly seen = new Set<string>();
  readonly #ajv = new Ajv2020({ strict: true, allErrors: true });

  constructor(readonly document: OpenApiDocument) {
    addFormats.default(this.#ajv);
    // The document's own fields around the schemas are not JSON Schema
    // keywords; declared so that strict mode accepts the document itself.
    this.#ajv.addVocabulary([
      "openapi",
      "info",
      "servers",
      "paths",
      "components",
    ]);
    this.#ajv.addSchema(document as object, DOCUMENT_ID);
  }

  /** True when `path` is one of the document's paths. */
  covers(path: string): boolean {
    return Object.hasOwn(this.document.paths, path);
  }

  /**
   * Checks one answer to `method path` (its body read from a clone),
   * records it and returns what does not match.
   */
  async check(method: string, path: string, res: Response): Promise<string[]> {
    if (!this.covers(path) || method === "OPTIONS") return [];
    const where = `${method} ${path} ${res.status}`;
    this.seen.add(where);
    // A document the validator cannot compile is a violation too, not a
    // failure of the request under test.
    const problems = await this.#problems(method, path, res).catch((
      error: Error,
    ) => [error.message]);
    const lines = problems.map((problem) => `${where}: ${problem}`);
    this.violations.push(...lines);
    return lines;
  }

  /** `METHOD path status` of every answer the document lists. */
  documented(): string[] {
    return Object.entries(this.document.paths).flatMap(([path, item]) =>
      Object.entries(item).flatMap(([method, operation]) =>
        Object.keys(operation.responses).map((status) =>
          `${method.toUpperCase()} ${path} ${status}`
        )
      )
    );
  }

  async #problems(
    method: string,
    path: string,
    res: Response,
  ): Promise<string[]> {
    const key = method === "HEAD" ? "get" : method.toLowerCase();
    const operation = this.document.paths[path][key];
    let pointer = METHOD_NOT_ALLOWED;
    if (operation) {
      if (!operation.responses[res.status]) {
        return ["status not in the document"];
      }
      pointer = `#/paths/${
        pointerSegment(path)
      }/${key}/responses/${res.status}`;
    } else if (res.status !== 405) {
      return ["a method the path does not list must answer 405"];
    }
    const [at, response] = this.#resolve(pointer);
    const problems: string[] = [];
    for (const [name, { required }] of Object.entries(response.headers ?? {})) {
      if (required && !res.headers.has(name)) {
        problems.push(`header ${name} missing`);
      }
    }
    const body = await res.clone().text();
    const [mediaType] = Object.keys(response.content ?? {});
    if (method === "HEAD" || !mediaType) {
      if (method === "HEAD" && body) problems.push("HEAD answered a body");
      return problems;
    }
    const type = res.headers.get("content-type") ?? "";
    if (!type.startsWith(mediaType)) {
      return [...problems, `content-type ${type}, documented ${mediaType}`];
    }
    let value: unknown;
    try {
      value = JSON.parse(body);
    } catch {
      return [...problems, `body is not JSON: ${body.slice(0, 80)}`];
    }
    const validate = this.#ajv.getSchema(
      `${DOCUMENT_ID}${at}/content/${pointerSegment(mediaType)}/schema`,
    );
    if (!validate) return [...problems, "no schema to validate with"];
    if (!validate(value)) {
      problems.push(
        this.#ajv.errorsText(validate.errors, { dataVar: "body" }) +
          ` in ${body.slice(0, 200)}`,
      );
    }
    return problems;
  }

  /** The response object at `pointer`, following its `$ref`. */
  #resolve(pointer: string): [string, ResponseObject] {
    const response = pointer.slice(2).split("/").reduce<unknown>(
      (node, segment) =>
        (node as Record<string, unknown>)[
          segment.replaceAll("~1", "/").replaceAll("~0", "~")
        ],
      this.document,
    ) as ResponseObject;
    return response.$ref ? this.#resolve(response.$ref) : [pointer, response];
  }
}
