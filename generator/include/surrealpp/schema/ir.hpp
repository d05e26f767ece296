// The schema IR: plain C++ data describing a SurrealQL schema, independent of how it was read (SurrealQL via
// ANTLR, YAML, live INFO output) and of how it is written back (renderer, C++ generator, differ, JSON
// export).
//
// Design rules, so every front end and back end can rely on them:
// - A Schema is the list of statements in source order; nothing is dropped. Statements the IR does not model
// are kept
//   as OpaqueStatement with their exact text, so a renderer can reproduce them.
// - Every node carries a SourceLocation. Nodes made by a program (not read from text) have an empty location.
// - Expressions (ASSERT, VALUE, DEFAULT, COMPUTED, WHERE, function bodies, event THEN, view AS SELECT, …) are
// not
//   interpreted: they are kept as the exact source text, which is what SurrealDB itself stores and
//   re-renders.
// - Names keep both the value (escapes resolved) and the text as written, because 3.x allows parameters and
//   expressions where 2.x only allowed identifiers.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <variant>
#include <vector>

namespace surrealpp::schema {

// 1-based line and column (column counts Unicode code points); offset/length are byte positions in the file.
struct SourceLocation {
  std::string file;
  std::uint32_t line = 0;
  std::uint32_t column = 0;
  std::size_t offset = 0;
  std::size_t length = 0;

  bool known() const { return line != 0; }
};

// An expression kept as the exact source text it was written with (comments inside it included).
struct Expression {
  std::string text;
  SourceLocation location;
};

// The name of a definition. In 2.x always an identifier; in 3.x also a parameter (`DEFINE TABLE $name`) or
// any expression. `value` is the identifier with escapes resolved (``DEFINE TABLE `my table` `` → `my
// table`), or the parameter name without `$`, or the expression text; `text` is what the source says.
struct Name {
  enum class Form { Identifier, Parameter, Expression };
  Form form = Form::Identifier;
  std::string value;
  std::string text;
  SourceLocation location;
};

// How a DEFINE statement treats an existing definition of the same name.
enum class DefineMode { Create, IfNotExists, Overwrite };

// Where a definition that lives above the database level sits (ACCESS, USER, 2.x TOKEN).
enum class Base { Root, Namespace, Database, Scope };

// ----------------------------------------------------------------------------------------------------------------
// Field types: the full `kind` grammar of SurrealQL.
// ----------------------------------------------------------------------------------------------------------------

struct Type;

// One field of a literal object type: `{ name: string, age?: int }` (`?` is not SurrealQL but kept open).
struct LiteralObjectField {
  std::string name;
  std::vector<Type> type;  // exactly one element; a vector because Type is incomplete here
};

struct Type {
  enum class Kind {
    Any,
    None,
    Null,
    Bool,
    Bytes,
    Datetime,
    Decimal,
    Duration,
    Float,
    Int,
    Number,
    Object,
    String,
    Uuid,
    Regex,
    Range,
    Point,          // `point` (a shorthand accepted by the parser; renders as geometry<point>)
    Geometry,       // geometry<point|line|…>: `names` holds the sub-kinds, empty = any geometry
    Record,         // record<user|post>: `names` holds the tables, empty = any record
    Table,          // table<a|b>
    Option,         // option<T>: `parameters[0]`
    Array,          // array<T, max>: `parameters[0]` (absent = any), `max_length`
    Set,            // set<T, max>
    Either,         // T | U | …: `parameters` holds the alternatives (never nested Either)
    Literal,        // a literal value: `literal_text` ("a", 1, true, 1d)
    LiteralObject,  // { a: T, … }: `object_fields`
    LiteralArray,   // [T, U]: `parameters`
    Function,       // function
    File,           // file<bucket|…>: `names` holds the buckets
    References,     // references<table, field> (3.x) / references (2.x): `names`
    Future,         // 2.x `future` (3.x rejects it)
    Named,          // any other identifier, kept by name (forward compatible)
  };

  Kind kind = Kind::Any;
  std::vector<Type> parameters;
  std::vector<std::string> names;
  std::optional<std::uint64_t> max_length;
  std::string literal_text;
  std::vector<LiteralObjectField> object_fields;
  std::string text;  // the type exactly as written
  SourceLocation location;
};

// ----------------------------------------------------------------------------------------------------------------
// Clauses shared by several statements
// ----------------------------------------------------------------------------------------------------------------

enum class PermissionAction { Select, Create, Update, Delete };

// `PERMISSIONS NONE` / `FULL` / `WHERE cond`, or one `FOR select, create …` rule of a list. Empty `actions`
// means the rule covers every action (the bare `PERMISSIONS NONE|FULL|WHERE …` form).
struct PermissionRule {
  enum class Kind { None, Full, Where };
  std::vector<PermissionAction> actions;
  Kind kind = Kind::Full;
  std::optional<Expression> condition;  // set when kind == Where
  SourceLocation location;
};

struct Permissions {
  std::vector<PermissionRule> rules;
  SourceLocation location;
};

struct Changefeed {
  std::string duration;  // as written: 1d, 3h30m
  bool include_original = false;
  SourceLocation location;
};

// DURATION FOR GRANT …, FOR TOKEN …, FOR SESSION … (each may be NONE, kept as text).
struct Durations {
  std::optional<Expression> grant;
  std::optional<Expression> token;
  std::optional<Expression> session;
  SourceLocation location;
};

// ----------------------------------------------------------------------------------------------------------------
// DEFINE statements
// ----------------------------------------------------------------------------------------------------------------

struct NamespaceDefinition {
  DefineMode mode = DefineMode::Create;
  Name name;
  std::optional<Expression> comment;
  SourceLocation location;
};

struct DatabaseDefinition {
  DefineMode mode = DefineMode::Create;
  Name name;
  bool strict = false;
  std::optional<Changefeed> changefeed;
  std::optional<Expression> comment;
  SourceLocation location;
};

struct TableDefinition {
  enum class Type { Unspecified, Normal, Any, Relation };
  enum class Schemafulness { Unspecified, Schemafull, Schemaless };

  DefineMode mode = DefineMode::Create;
  Name name;
  Type type = Type::Unspecified;
  std::vector<std::string> relation_in;   // IN / FROM a|b
  std::vector<std::string> relation_out;  // OUT / TO c|d
  bool enforced = false;
  Schemafulness schema = Schemafulness::Unspecified;
  bool drop = false;
  std::optional<Changefeed> changefeed;
  std::optional<Expression> view;  // AS SELECT … (text after AS, parentheses included when written)
  std::optional<Permissions> permissions;
  std::optional<Expression> comment;
  SourceLocation location;
};

struct Reference {
  enum class OnDelete { Unspecified, Ignore, Reject, Cascade, Unset, Then };
  OnDelete on_delete = OnDelete::Unspecified;
  std::optional<Expression> then;  // ON DELETE THEN expr
  SourceLocation location;
};

struct FieldDefinition {
  DefineMode mode = DefineMode::Create;
  Name
      name;  // an idiom: `name`, `address.city`, `tags[*]`, `tags.*` (value = the idiom text without escapes)
  Name table;
  std::optional<Type> type;
  bool flexible = false;
  std::optional<Expression> default_value;
  bool default_always = false;
  std::optional<Expression> value;
  std::optional<Expression> assertion;
  bool readonly = false;
  std::optional<Expression> computed;
  std::optional<Reference> reference;
  std::optional<Permissions> permissions;
  std::optional<Expression> comment;
  SourceLocation location;
};

struct FullTextIndex {
  bool legacy_search = false;  // 2.x SEARCH instead of FULLTEXT
  std::string analyzer;
  bool bm25 = false;
  std::optional<std::string> bm25_k1;
  std::optional<std::string> bm25_b;
  bool highlights = false;
  std::vector<std::pair<std::string, std::string>>
      extra_options;  // DOC_IDS_ORDER 100, … (2.x tuning), as written
};

struct VectorIndex {
  std::optional<std::uint64_t> dimension;
  std::optional<std::string> distance;     // EUCLIDEAN, COSINE, MANHATTAN, MINKOWSKI 3, …, as written
  std::optional<std::string> vector_type;  // F64, F32, I64, I32, I16
  std::optional<std::string> capacity;     // MTREE
  std::optional<std::string> efc;
  std::optional<std::string> m;
  std::optional<std::string> m0;
  std::optional<std::string> lm;
  bool extend_candidates = false;
  bool keep_pruned_connections = false;
  std::vector<std::pair<std::string, std::string>> extra_options;  // any other option, keyword → value text
};

struct IndexDefinition {
  enum class Kind { Plain, Unique, FullText, MTree, Hnsw, Count };

  DefineMode mode = DefineMode::Create;
  Name name;
  Name table;
  std::vector<Expression> fields;  // FIELDS / COLUMNS idioms, as written
  Kind kind = Kind::Plain;
  std::optional<FullTextIndex> fulltext;
  std::optional<VectorIndex> vector;
  std::optional<Expression> count_condition;  // COUNT WHERE … (if present)
  bool concurrently = false;
  bool defer = false;
  std::optional<Expression> comment;
  SourceLocation location;
};

struct EventDefinition {
  DefineMode mode = DefineMode::Create;
  Name name;
  Name table;
  bool async = false;
  std::optional<std::string> retry;
  std::optional<std::string> max_depth;
  std::optional<Expression> when;
  std::vector<Expression> then;  // one or more THEN expressions/blocks
  std::optional<Expression> comment;
  SourceLocation location;
};

struct AnalyzerDefinition {
  DefineMode mode = DefineMode::Create;
  Name name;
  std::optional<std::string> function;  // FUNCTION fn::x
  std::vector<std::string> tokenizers;
  std::vector<Expression> filters;  // ascii, lowercase, snowball(english), edgengram(1,3), as written
  std::optional<Expression> comment;
  SourceLocation location;
};

struct JwtSettings {
  std::optional<std::string> algorithm;
  std::optional<Expression> key;
  std::optional<Expression> url;
  std::optional<std::string> issuer_algorithm;
  std::optional<Expression> issuer_key;
  bool with_issuer = false;
};

struct AccessDefinition {
  enum class Type { Record, Jwt, Bearer };

  DefineMode mode = DefineMode::Create;
  Name name;
  Base base = Base::Database;
  Type type = Type::Record;
  std::optional<Expression> signup;
  std::optional<Expression> signin;
  std::optional<JwtSettings> jwt;  // TYPE JWT …, or RECORD … WITH JWT …
  bool with_refresh = false;
  std::optional<std::string> bearer_subject;  // BEARER FOR USER|RECORD
  std::optional<Expression> authenticate;
  std::optional<Durations> durations;
  std::optional<Expression> comment;
  SourceLocation location;
};

struct Statement;

struct FunctionParameter {
  std::string name;  // without `$`
  Type type;
  SourceLocation location;
};

struct FunctionDefinition {
  DefineMode mode = DefineMode::Create;
  Name name;  // full path including the `fn::` prefix: fn::cast_vote
  std::vector<FunctionParameter> parameters;
  std::optional<Type> returns;
  Expression body;  // `{ … }` including the braces
  std::vector<Statement>
      nested;  // DEFINE/REMOVE/ALTER statements inside the body, parsed (others stay in `body`)
  std::optional<Permissions> permissions;
  std::optional<Expression> comment;
  SourceLocation location;
};

struct ParamDefinition {
  DefineMode mode = DefineMode::Create;
  Name name;  // without `$`
  std::optional<Expression> value;
  std::optional<Permissions> permissions;
  std::optional<Expression> comment;
  SourceLocation location;
};

struct UserDefinition {
  DefineMode mode = DefineMode::Create;
  Name name;
  Base base = Base::Root;
  std::optional<Expression> password;
  std::optional<Expression> passhash;
  std::vector<std::string> roles;
  std::optional<Durations> durations;
  std::optional<Expression> comment;
  SourceLocation location;
};

struct SequenceDefinition {
  DefineMode mode = DefineMode::Create;
  Name name;
  std::optional<std::string> batch;
  std::optional<std::string> start;
  std::optional<Expression> timeout;
  std::optional<Expression> comment;
  SourceLocation location;
};

// DEFINE CONFIG GRAPHQL … / API … / DEFAULT …: the kind, and the rest of the statement as written.
struct ConfigDefinition {
  DefineMode mode = DefineMode::Create;
  std::string kind;  // upper case: GRAPHQL, API, DEFAULT
  std::optional<Expression> body;
  SourceLocation location;
};

// DEFINE API "/path" [FOR method, …] [MIDDLEWARE …] [PERMISSIONS …] [THEN …] …: the path and the clauses as
// written.
struct ApiDefinition {
  DefineMode mode = DefineMode::Create;
  Name path;
  std::optional<Expression> body;
  SourceLocation location;
};

struct BucketDefinition {
  DefineMode mode = DefineMode::Create;
  Name name;
  std::optional<Expression> backend;
  bool readonly = false;
  std::optional<Permissions> permissions;
  std::optional<Expression> comment;
  SourceLocation location;
};

// DEFINE MODULE / DEFINE MODEL: the name and the rest of the statement as written.
struct ModuleDefinition {
  enum class Kind { Module, Model };
  Kind kind = Kind::Module;
  DefineMode mode = DefineMode::Create;
  Name name;
  std::optional<Expression> body;
  SourceLocation location;
};

// 2.x: DEFINE SCOPE name [SESSION d] [SIGNUP expr] [SIGNIN expr] [COMMENT c].
struct ScopeDefinition {
  DefineMode mode = DefineMode::Create;
  Name name;
  std::optional<std::string> session;
  std::optional<Expression> signup;
  std::optional<Expression> signin;
  std::optional<Expression> comment;
  SourceLocation location;
};

// 2.x: DEFINE TOKEN name ON NAMESPACE|DATABASE|SCOPE s TYPE alg VALUE key [COMMENT c].
struct TokenDefinition {
  DefineMode mode = DefineMode::Create;
  Name name;
  Base base = Base::Database;
  std::optional<Name> scope;  // when base == Scope
  std::string algorithm;
  std::optional<Expression> value;
  std::optional<Expression> comment;
  SourceLocation location;
};

// ----------------------------------------------------------------------------------------------------------------
// REMOVE, ALTER, INFO, USE and everything else
// ----------------------------------------------------------------------------------------------------------------

enum class DefinitionKind {
  Namespace,
  Database,
  Table,
  Field,
  Index,
  Event,
  Analyzer,
  Access,
  Function,
  Param,
  User,
  Sequence,
  Config,
  Api,
  Bucket,
  Module,
  Model,
  Scope,
  Token,
  System,  // ALTER SYSTEM
};

struct RemoveStatement {
  DefinitionKind kind = DefinitionKind::Table;
  bool if_exists = false;
  Name name;
  std::optional<Name> on;    // the table of a field/index/event, the scope of a 2.x token
  std::optional<Base> base;  // ON ROOT/NAMESPACE/DATABASE of access/user/token
  SourceLocation location;
};

// One clause of an ALTER statement: `keyword` upper case (COMMENT, DROP, TYPE, PERMISSIONS, …), `drop` for
// the `DROP COMMENT` style removals, `argument` as written.
struct AlterClause {
  std::string keyword;
  bool drop = false;
  std::optional<Expression> argument;
  SourceLocation location;
};

struct AlterStatement {
  DefinitionKind kind = DefinitionKind::Table;
  bool if_exists = false;
  std::optional<Name> name;  // absent for ALTER SYSTEM
  std::optional<Name> on;
  std::optional<Base> base;
  std::vector<AlterClause> clauses;
  SourceLocation location;
};

struct InfoStatement {
  enum class Target { Root, Namespace, Database, Table, User, Index };
  Target target = Target::Database;
  std::optional<Name> name;  // table / user / index name
  std::optional<Name> on;    // INFO FOR INDEX i ON t, INFO FOR USER u ON db
  std::optional<Base> base;
  std::optional<Expression> version;  // VERSION d'…'
  bool structure = false;
  SourceLocation location;
};

// USE NS a DB b: definitions after it belong to that namespace/database.
struct UseStatement {
  std::optional<Name> namespace_name;
  std::optional<Name> database_name;
  SourceLocation location;
};

// Any statement the IR does not model (DML, LET, BEGIN/COMMIT, blocks, …), kept verbatim.
struct OpaqueStatement {
  Expression text;
  SourceLocation location;
  // DEFINE/REMOVE/ALTER statements inside its `{ … }` blocks (IF bodies, plain blocks), parsed; the text
  // still holds them too. Empty when the statement has no block with DDL in it.
  std::vector<Statement> nested;
};

using StatementNode =
    std::variant<NamespaceDefinition, DatabaseDefinition, TableDefinition, FieldDefinition, IndexDefinition,
                 EventDefinition, AnalyzerDefinition, AccessDefinition, FunctionDefinition, ParamDefinition,
                 UserDefinition, SequenceDefinition, ConfigDefinition, ApiDefinition, BucketDefinition,
                 ModuleDefinition, ScopeDefinition, TokenDefinition, RemoveStatement, AlterStatement,
                 InfoStatement, UseStatement, OpaqueStatement>;

struct Statement {
  StatementNode node;
  std::string text;  // the whole statement as written, without the trailing `;`
  SourceLocation location;
};

struct Schema {
  std::vector<Statement> statements;  // in source order, across every file read into this schema
};

}  // namespace surrealpp::schema
