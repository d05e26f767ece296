// SurrealQL schema grammar (SurrealDB 2.x and 3.x) for surrealpp.
//
// This is an island grammar: DEFINE / REMOVE / ALTER / INFO / USE statements are parsed clause by clause, while
// expressions inside them (ASSERT, VALUE, DEFAULT, PERMISSIONS WHERE, function bodies, event THEN, views, …) and every
// other statement are captured as balanced token runs whose exact source text the IR keeps. An expression run stops at
// `;` or at the next clause keyword of its statement at bracket depth 0, so each statement kind has its own
// expression rule with its own stop set.
//
// Keywords are case-insensitive through fragment letters (ANTLR 4.7.2 has no caseInsensitive option) and every
// keyword is also usable as an identifier, as in SurrealDB. Clause order is free where SurrealDB's parser loops over
// clauses; order rules it does enforce (FLEXIBLE after TYPE, RETRY after ASYNC, …) are checked after parsing so the
// messages can say what SurrealDB says.
grammar SurrealQL;

// ================================================================================================================
// Parser
// ================================================================================================================

script : statement? (SEMI statement?)* EOF ;

statement
    : defineStatement
    | removeStatement
    | alterStatement
    | infoStatement
    | useStatement
    | opaqueStatement
    ;

defineMode : IF NOT EXISTS | OVERWRITE ;

// ---------------------------------------------------------------------------------------------------------------- DEFINE

defineStatement
    : DEFINE ( defineNamespace | defineDatabase | defineTable | defineField | defineIndex | defineEvent
             | defineAnalyzer | defineAccess | defineFunction | defineParam | defineUser | defineSequence
             | defineConfig | defineApi | defineBucket | defineModule | defineScope | defineToken )
    ;

defineNamespace : (NAMESPACE | NS) defineMode? name commentClause* ;

defineDatabase : (DATABASE | DB) defineMode? name databaseClause* ;
databaseClause : STRICT | changefeedClause | commentClause ;

changefeedClause : CHANGEFEED expr (INCLUDE ORIGINAL)? ;

defineTable : (TABLE | TB) defineMode? name tableClause* ;
tableClause
    : DROP                                  # tableDrop
    | (SCHEMAFULL | SCHEMAFUL)              # tableSchemafull
    | SCHEMALESS                            # tableSchemaless
    | TYPE (NORMAL | ANY | RELATION relationClause*)  # tableType
    | changefeedClause                      # tableChangefeed
    | AS viewExpr                           # tableView
    | permissionsClause                     # tablePermissions
    | commentClause                         # tableComment
    ;
relationClause
    : (IN | FROM) tableNameList             # relationIn
    | (OUT | TO) tableNameList              # relationOut
    | ENFORCED                              # relationEnforced
    ;
tableNameList : identifier (PIPE identifier)* ;

defineField : FIELD defineMode? fieldPath ON (TABLE | TB)? name fieldClause* ;
// `…` is how INFO prints the flatten operator `...` (`DEFINE FIELD flatten… ON tab`).
fieldPath : (identifier | VARIABLE) (DOT (identifier | STAR | LBRACK RBRACK)? | LBRACK balanced* RBRACK | ELLIPSIS)* | group ;
fieldClause
    : (FLEXIBLE | FLEX | FLEXI)             # fieldFlexible
    | TYPE kind                             # fieldType
    | DEFAULT ALWAYS? expr                  # fieldDefault
    | VALUE expr                            # fieldValue
    | ASSERT expr                           # fieldAssert
    | READONLY                              # fieldReadonly
    | COMPUTED expr                         # fieldComputed
    | REFERENCE (ON DELETE referenceAction)?  # fieldReference
    | permissionsClause                     # fieldPermissions
    | commentClause                         # fieldComment
    ;
referenceAction : REJECT | CASCADE | IGNORE | UNSET | THEN expr ;

defineIndex : INDEX defineMode? name ON (TABLE | TB)? name indexClause* ;
indexClause
    : (FIELDS | COLUMNS) indexField (COMMA indexField)*  # indexFields
    | UNIQUE                                 # indexUnique
    | COUNT (WHERE expr)?                    # indexCount
    | (SEARCH | FULLTEXT) fullTextOption*    # indexFullText
    | (MTREE | HNSW) vectorOption*           # indexVector
    | CONCURRENTLY                           # indexConcurrently
    | DEFER                                  # indexDefer
    | commentClause                          # indexComment
    ;
fullTextOption
    : ANALYZER identifier                                    # fullTextAnalyzer
    | BM25 (LPAREN number COMMA number RPAREN)?              # fullTextBm25
    | HIGHLIGHTS                                             # fullTextHighlights
    | (DOC_IDS_ORDER | DOC_LENGTHS_ORDER | POSTINGS_ORDER | TERMS_ORDER | DOC_IDS_CACHE | DOC_LENGTHS_CACHE
      | POSTINGS_CACHE | TERMS_CACHE) number                 # fullTextTuning
    ;
vectorOption
    : DIMENSION number                                       # vectorDimension
    | (DIST | DISTANCE) identifier number?                   # vectorDistance
    | TYPE identifier                                        # vectorType
    | (CAPACITY | EFC | M | M0 | LM | MTREE_CACHE | DOC_IDS_ORDER | DOC_IDS_CACHE) number  # vectorNumber
    | (EXTEND_CANDIDATES | KEEP_PRUNED_CONNECTIONS | HASHED_VECTOR)  # vectorFlag
    ;
number : MINUS? NUMBER ;
// An indexed idiom or expression: stops only at the clauses of DEFINE INDEX, so `FIELDS value` works.
indexField : indexFieldItem+ ;
indexFieldItem
    : group
    | DOT (identifier | STAR)?
    | ~(SEMI | COMMA | DOT | LPAREN | RPAREN | LBRACE | RBRACE | LBRACK | RBRACK | FIELDS | COLUMNS | UNIQUE | COUNT
       | SEARCH | FULLTEXT | MTREE | HNSW | CONCURRENTLY | DEFER | COMMENT)
    ;

defineEvent : EVENT defineMode? name ON (TABLE | TB)? name eventClause* ;
eventClause
    : ASYNC                                  # eventAsync
    | RETRY number                           # eventRetry
    | MAXDEPTH number                        # eventMaxDepth
    | WHEN expr                              # eventWhen
    | THEN expr (COMMA expr)*                # eventThen
    | commentClause                          # eventComment
    ;

defineAnalyzer : ANALYZER defineMode? name analyzerClause* ;
analyzerClause
    : FUNCTION PATH                                          # analyzerFunction
    | TOKENIZERS identifier (COMMA identifier)*              # analyzerTokenizers
    | FILTERS analyzerFilter (COMMA analyzerFilter)*         # analyzerFilters
    | commentClause                                          # analyzerComment
    ;
analyzerFilter : identifier (LPAREN balanced* RPAREN)? ;

defineAccess : ACCESS defineMode? name ON baseLevel accessClause* ;
accessClause
    : TYPE (RECORD | JWT | BEARER (FOR identifier)?)         # accessType
    | SIGNUP expr                                            # accessSignup
    | SIGNIN expr                                            # accessSignin
    | WITH JWT                                               # accessWithJwt
    | WITH ISSUER                                            # accessWithIssuer
    | WITH REFRESH                                           # accessWithRefresh
    | ALGORITHM identifier                                   # accessAlgorithm
    | KEY expr                                               # accessKey
    | URL expr                                               # accessUrl
    | AUTHENTICATE expr                                      # accessAuthenticate
    | durationClause                                         # accessDuration
    | commentClause                                          # accessComment
    ;
durationClause : DURATION durationItem (COMMA? durationItem)* ;
durationItem : FOR (GRANT | TOKEN | SESSION) expr ;

defineFunction
    : FUNCTION defineMode? PATH LPAREN (functionParameter (COMMA functionParameter)* COMMA?)? RPAREN
      (ARROW kind)? block functionClause*
    ;
functionParameter : VARIABLE (COLON kind)? ;
functionClause : permissionsClause | commentClause ;

defineParam : PARAM defineMode? VARIABLE paramClause* ;
paramClause
    : VALUE expr                             # paramValue
    | permissionsClause                      # paramPermissions
    | commentClause                          # paramComment
    ;

defineUser : USER defineMode? name ON baseLevel userClause* ;
userClause
    : PASSWORD expr                          # userPassword
    | PASSHASH expr                          # userPasshash
    | ROLES identifier (COMMA identifier)*   # userRoles
    | durationClause                         # userDuration
    | commentClause                          # userComment
    ;

defineSequence : SEQUENCE defineMode? name sequenceClause* ;
sequenceClause
    : BATCH expr                             # sequenceBatch
    | START expr                             # sequenceStart
    | TIMEOUT expr                           # sequenceTimeout
    | commentClause                          # sequenceComment
    ;

// CONFIG, API, MODULE and MODEL keep their clauses as written: their clause sets are young and still moving.
defineConfig : CONFIG defineMode? identifier rest ;
defineApi : API defineMode? name rest ;
defineModule : (MODULE | MODEL) defineMode? moduleName rest ;
moduleName : PATH (LT balancedNoAngle* GT)? | name ;
balancedNoAngle : ~(GT | SEMI) ;

defineBucket : BUCKET defineMode? name bucketClause* ;
bucketClause
    : BACKEND expr                           # bucketBackend
    | READONLY                               # bucketReadonly
    | permissionsClause                      # bucketPermissions
    | commentClause                          # bucketComment
    ;

defineScope : SCOPE defineMode? name scopeClause* ;
scopeClause
    : SESSION expr                           # scopeSession
    | SIGNUP expr                            # scopeSignup
    | SIGNIN expr                            # scopeSignin
    | commentClause                          # scopeComment
    ;

defineToken : TOKEN defineMode? name ON (SCOPE name | baseLevel) tokenClause* ;
tokenClause
    : TYPE identifier                        # tokenType
    | VALUE expr                             # tokenValue
    | commentClause                          # tokenComment
    ;

baseLevel : ROOT | KV | NAMESPACE | NS | DATABASE | DB ;

commentClause : COMMENT expr ;

permissionsClause : PERMISSIONS (NONE | FULL | WHERE expr | permissionRule+) ;
permissionRule : FOR identifier (COMMA identifier)* (NONE | FULL | WHERE expr)? COMMA? ;

// ---------------------------------------------------------------------------------------------------------------- types

kind : kindSingle (PIPE kindSingle)* ;
kindSingle
    : identifier (LT kind (COMMA kind)* GT)?                 # kindNamed
    | MINUS? NUMBER                                          # kindNumber
    | STRING                                                 # kindString
    | LBRACE (kindObjectField (COMMA kindObjectField)* COMMA?)? RBRACE  # kindObject
    | LBRACK (kind (COMMA kind)* COMMA?)? RBRACK             # kindArray
    ;
kindObjectField : (identifier | STRING) QUESTION? COLON kind ;

// ---------------------------------------------------------------------------------------------------------------- REMOVE / ALTER / INFO / USE

removeStatement : REMOVE definitionKind (IF EXISTS)? removeTarget? (ON (SCOPE name | baseLevel | (TABLE | TB)? name))? ;
removeTarget : PATH (LPAREN RPAREN)? | name | fieldPath ;

definitionKind
    : NAMESPACE | NS | DATABASE | DB | TABLE | TB | FIELD | INDEX | EVENT | ANALYZER | ACCESS | FUNCTION | PARAM
    | USER | SEQUENCE | CONFIG | API | BUCKET | MODULE | MODEL | SCOPE | TOKEN
    ;

alterStatement
    : ALTER INDEX (IF EXISTS)? name ON (TABLE | TB)? name alterIndexClause+       # alterIndex
    | ALTER SYSTEM alterSystemClause+                                              # alterSystem
    | ALTER alterKind (IF EXISTS)? alterTarget? rest                               # alterOther
    ;
// Every kind but INDEX (which needs a clause, see alterIndex) and SYSTEM.
alterKind
    : NAMESPACE | NS | DATABASE | DB | TABLE | TB | FIELD | EVENT | ANALYZER | ACCESS | FUNCTION | PARAM | USER
    | SEQUENCE | CONFIG | API | BUCKET | MODULE | MODEL | SCOPE | TOKEN
    ;
alterIndexClause : PREPARE REMOVE | DROP COMMENT | commentClause ;
alterSystemClause : COMPACT | DROP QUERY_TIMEOUT | QUERY_TIMEOUT expr ;
alterTarget : moduleName (LPAREN balanced* RPAREN)? | name ;

infoStatement : INFO FOR infoTarget infoOption* ;
infoTarget
    : (ROOT | KV)                                            # infoRoot
    | (NAMESPACE | NS)                                       # infoNamespace
    | (DATABASE | DB)                                        # infoDatabase
    | (TABLE | TB) name                                      # infoTable
    | USER name (ON baseLevel)?                              # infoUser
    | INDEX name ON (TABLE | TB)? name                       # infoIndex
    ;
infoOption : STRUCTURE | VERSION expr ;

useStatement : USE ((NAMESPACE | NS) name | (DATABASE | DB) name)+ ;

// ---------------------------------------------------------------------------------------------------------------- opaque statements

// Anything else, kept verbatim: a token run to `;` at bracket depth 0. The legacy `IF c THEN a; ELSE b; END` form
// contains `;` that do not end the statement, so `THEN` opens a run that only `END` closes.
opaqueStatement : opaqueHead opaqueItem* ;
opaqueHead : group | THEN legacyThen | ~(DEFINE | REMOVE | ALTER | INFO | USE | SEMI | LPAREN | RPAREN | LBRACE
                                         | RBRACE | LBRACK | RBRACK | THEN) ;
opaqueItem : group | THEN legacyThen | ~(SEMI | LPAREN | RPAREN | LBRACE | RBRACE | LBRACK | RBRACK | THEN) ;
legacyThen : (group | THEN legacyThen | ~(END | THEN | LPAREN | RPAREN | LBRACE | RBRACE | LBRACK | RBRACK))* END ;

rest : (group | ~(SEMI | LPAREN | RPAREN | LBRACE | RBRACE | LBRACK | RBRACK))* ;

// ---------------------------------------------------------------------------------------------------------------- names, expressions

name : identifier | VARIABLE | STRING | PATH | group ;

identifier : IDENT | ESCAPED_IDENT | keyword ;

block : LBRACE balanced* RBRACE ;
group : LPAREN balanced* RPAREN | LBRACE balanced* RBRACE | LBRACK balanced* RBRACK ;
balanced : group | ~(LPAREN | RPAREN | LBRACE | RBRACE | LBRACK | RBRACK) ;

// An expression: a run of tokens up to `;`, `,` or a clause keyword at depth 0. `.keyword` (`$value.type`) and the
// legacy `IF … THEN … END` inside it do not stop it. Which words stop it is decided by the statement being built
// (see clauseStops in the parser's builder): the grammar accepts the widest run and the builder does not need to
// split, because clause keywords are excluded here.
expr : exprItem+ ;
exprItem
    : group
    | DOT (identifier | STAR)?
    | graphArrow (identifier | STAR | group)?
    | IF legacyIf
    | ~(SEMI | COMMA | DOT | IF | LPAREN | RPAREN | LBRACE | RBRACE | LBRACK | RBRACK
       | TYPE | FLEXIBLE | FLEX | FLEXI | DEFAULT | VALUE | ASSERT | READONLY | COMPUTED | REFERENCE | PERMISSIONS
       | COMMENT | FOR | DROP | SCHEMAFULL | SCHEMAFUL | SCHEMALESS | CHANGEFEED | INCLUDE
       | FIELDS | COLUMNS | UNIQUE | COUNT | SEARCH | FULLTEXT | MTREE | HNSW | CONCURRENTLY | DEFER
       | ASYNC | RETRY | MAXDEPTH | WHEN | THEN
       | SIGNUP | SIGNIN | WITH | ALGORITHM | KEY | URL | AUTHENTICATE | DURATION
       | PASSWORD | PASSHASH | ROLES | BATCH | START | TIMEOUT | BACKEND | SESSION | STRUCTURE | VERSION
       | ON | WHERE | AS)
    ;
// The legacy conditional: IF cond THEN a [ELSE IF cond THEN b] [ELSE c] END, or the block form IF cond { … }.
legacyIf : (group | IF legacyIf | ~(END | IF | SEMI | LPAREN | RPAREN | LBRACE | RBRACE | LBRACK | RBRACK))*? END
         | (group | ~(SEMI | LPAREN | RPAREN | LBRACE | RBRACE | LBRACK | RBRACK))*? block (ELSE (IF legacyIf | block))?
         ;
// Graph and reference traversal: `->likes->post`, `<-follows`, `<->knows`, `<~comment` (the word after an arrow is a
// table, never a clause keyword).
graphArrow : ARROW | LARROW | BIARROW | TILDE_ARROW ;

viewExpr : viewItem+ ;
viewItem
    : group
    | DOT (identifier | STAR)?
    | graphArrow (identifier | STAR | group)?
    | ~(SEMI | DOT | LPAREN | RPAREN | LBRACE | RBRACE | LBRACK | RBRACK
       | TYPE | DROP | SCHEMAFULL | SCHEMAFUL | SCHEMALESS | CHANGEFEED | PERMISSIONS | COMMENT)
    ;

keyword
    : DEFINE | REMOVE | ALTER | INFO | USE | FOR | IF | NOT | EXISTS | OVERWRITE | NAMESPACE | NS | DATABASE | DB
    | TABLE | TB | FIELD | INDEX | EVENT | ANALYZER | ACCESS | FUNCTION | PARAM | USER | SEQUENCE | CONFIG | API
    | BUCKET | MODULE | MODEL | SCOPE | TOKEN | SYSTEM | ROOT | KV | ON | COMMENT | PERMISSIONS | NONE | FULL | WHERE
    | TYPE | NORMAL | ANY | RELATION | IN | FROM | OUT | TO | ENFORCED | SCHEMAFULL | SCHEMAFUL | SCHEMALESS | DROP
    | CHANGEFEED | INCLUDE | ORIGINAL | AS | FLEXIBLE | FLEX | FLEXI | DEFAULT | ALWAYS | VALUE | ASSERT | READONLY
    | COMPUTED | REFERENCE | DELETE | CASCADE | REJECT | IGNORE | UNSET | THEN | ELSE | END | FIELDS | COLUMNS
    | UNIQUE | SEARCH | FULLTEXT | BM25 | HIGHLIGHTS | MTREE | HNSW | COUNT | CONCURRENTLY | DEFER | DIMENSION
    | DISTANCE | DIST | CAPACITY | EFC | M | M0 | LM | EXTEND_CANDIDATES | KEEP_PRUNED_CONNECTIONS | HASHED_VECTOR
    | MTREE_CACHE | DOC_IDS_ORDER | DOC_LENGTHS_ORDER | POSTINGS_ORDER | TERMS_ORDER | DOC_IDS_CACHE
    | DOC_LENGTHS_CACHE | POSTINGS_CACHE | TERMS_CACHE | ASYNC | RETRY | MAXDEPTH | WHEN | TOKENIZERS | FILTERS
    | RECORD | JWT | BEARER | SIGNUP | SIGNIN | AUTHENTICATE | DURATION | GRANT | SESSION | ALGORITHM | KEY | URL
    | WITH | ISSUER | REFRESH | PASSWORD | PASSHASH | ROLES | BATCH | START | TIMEOUT | BACKEND | STRICT
    | STRUCTURE | VERSION | PREPARE | COMPACT | QUERY_TIMEOUT | NULL_KW
    ;

// ================================================================================================================
// Lexer
// ================================================================================================================

DEFINE : D E F I N E ;
REMOVE : R E M_ O V E ;
ALTER : A L T E R ;
INFO : I N F O ;
USE : U S E ;
FOR : F O R ;
IF : I F ;
NOT : N O T ;
EXISTS : E X I S T S ;
OVERWRITE : O V E R W R I T E ;
NAMESPACE : N A M_ E S P A C E ;
NS : N S ;
DATABASE : D A T A B A S E ;
DB : D B ;
TABLE : T A B L E ;
TB : T B ;
FIELD : F I E L D ;
INDEX : I N D E X ;
EVENT : E V E N T ;
ANALYZER : A N A L Y Z E R ;
ACCESS : A C C E S S ;
FUNCTION : F U N C T I O N ;
PARAM : P A R A M_ ;
USER : U S E R ;
SEQUENCE : S E Q U E N C E ;
CONFIG : C O N F I G ;
API : A P I ;
BUCKET : B U C K E T ;
MODULE : M_ O D U L E ;
MODEL : M_ O D E L ;
SCOPE : S C O P E ;
TOKEN : T O K E N ;
SYSTEM : S Y S T E M_ ;
ROOT : R O O T ;
KV : K V ;
ON : O N ;
COMMENT : C O M_ M_ E N T ;
PERMISSIONS : P E R M_ I S S I O N S ;
NONE : N O N E ;
NULL_KW : N U L L ;
FULL : F U L L ;
WHERE : W H E R E ;
TYPE : T Y P E ;
NORMAL : N O R M_ A L ;
ANY : A N Y ;
RELATION : R E L A T I O N ;
IN : I N ;
FROM : F R O M_ ;
OUT : O U T ;
TO : T O ;
ENFORCED : E N F O R C E D ;
SCHEMAFULL : S C H E M_ A F U L L ;
SCHEMAFUL : S C H E M_ A F U L ;
SCHEMALESS : S C H E M_ A L E S S ;
DROP : D R O P ;
CHANGEFEED : C H A N G E F E E D ;
INCLUDE : I N C L U D E ;
ORIGINAL : O R I G I N A L ;
AS : A S ;
FLEXIBLE : F L E X I B L E ;
FLEX : F L E X ;
FLEXI : F L E X I ;
DEFAULT : D E F A U L T ;
ALWAYS : A L W A Y S ;
VALUE : V A L U E ;
ASSERT : A S S E R T ;
READONLY : R E A D O N L Y ;
COMPUTED : C O M_ P U T E D ;
REFERENCE : R E F E R E N C E ;
DELETE : D E L E T E ;
CASCADE : C A S C A D E ;
REJECT : R E J E C T ;
IGNORE : I G N O R E ;
UNSET : U N S E T ;
THEN : T H E N ;
ELSE : E L S E ;
END : E N D ;
FIELDS : F I E L D S ;
COLUMNS : C O L U M_ N S ;
UNIQUE : U N I Q U E ;
SEARCH : S E A R C H ;
FULLTEXT : F U L L T E X T ;
BM25 : B M_ '25' ;
HIGHLIGHTS : H I G H L I G H T S ;
MTREE : M_ T R E E ;
HNSW : H N S W ;
COUNT : C O U N T ;
CONCURRENTLY : C O N C U R R E N T L Y ;
DEFER : D E F E R ;
DIMENSION : D I M_ E N S I O N ;
DISTANCE : D I S T A N C E ;
DIST : D I S T ;
CAPACITY : C A P A C I T Y ;
EFC : E F C ;
M : M_ ;
M0 : M_ '0' ;
LM : L M_ ;
EXTEND_CANDIDATES : E X T E N D '_' C A N D I D A T E S ;
KEEP_PRUNED_CONNECTIONS : K E E P '_' P R U N E D '_' C O N N E C T I O N S ;
HASHED_VECTOR : H A S H E D '_' V E C T O R ;
MTREE_CACHE : M_ T R E E '_' C A C H E ;
DOC_IDS_ORDER : D O C '_' I D S '_' O R D E R ;
DOC_LENGTHS_ORDER : D O C '_' L E N G T H S '_' O R D E R ;
POSTINGS_ORDER : P O S T I N G S '_' O R D E R ;
TERMS_ORDER : T E R M_ S '_' O R D E R ;
DOC_IDS_CACHE : D O C '_' I D S '_' C A C H E ;
DOC_LENGTHS_CACHE : D O C '_' L E N G T H S '_' C A C H E ;
POSTINGS_CACHE : P O S T I N G S '_' C A C H E ;
TERMS_CACHE : T E R M_ S '_' C A C H E ;
ASYNC : A S Y N C ;
RETRY : R E T R Y ;
MAXDEPTH : M_ A X D E P T H ;
WHEN : W H E N ;
TOKENIZERS : T O K E N I Z E R S ;
FILTERS : F I L T E R S ;
RECORD : R E C O R D ;
JWT : J W T ;
BEARER : B E A R E R ;
SIGNUP : S I G N U P ;
SIGNIN : S I G N I N ;
AUTHENTICATE : A U T H E N T I C A T E ;
DURATION : D U R A T I O N ;
GRANT : G R A N T ;
SESSION : S E S S I O N ;
ALGORITHM : A L G O R I T H M_ ;
KEY : K E Y ;
URL : U R L ;
WITH : W I T H ;
ISSUER : I S S U E R ;
REFRESH : R E F R E S H ;
PASSWORD : P A S S W O R D ;
PASSHASH : P A S S H A S H ;
ROLES : R O L E S ;
BATCH : B A T C H ;
START : S T A R T ;
TIMEOUT : T I M_ E O U T ;
BACKEND : B A C K E N D ;
STRICT : S T R I C T ;
STRUCTURE : S T R U C T U R E ;
VERSION : V E R S I O N ;
PREPARE : P R E P A R E ;
COMPACT : C O M_ P A C T ;
QUERY_TIMEOUT : Q U E R Y '_' T I M_ E O U T ;

// `fn::cast_vote`, `type::field`, `string::is::email`: one token, so keywords inside paths never stop an expression.
PATH : WORD ('::' (WORD | '*'))+ ;
IDENT : [a-zA-Z_] [a-zA-Z0-9_]* ;
ESCAPED_IDENT : '`' (~[`\\] | '\\' .)* '`' | '\u27E8' (~[\u27E9\\] | '\\' .)* '\u27E9' ;
VARIABLE : '$' ([a-zA-Z0-9_]+ | '`' (~[`\\] | '\\' .)* '`')? ;
// Strings, also with the s'' d'' r'' u'' b"" f"" prefixes (string, datetime, record id, uuid, bytes, file).
STRING : [sSdDrRuUbBfF]? ('\'' (~['\\] | '\\' .)* '\'' | '"' (~["\\] | '\\' .)* '"') ;
// Numbers with any suffix: 10, 1.5, 1e3, 10dec, 1.5f, and durations such as 1h30m or 4w2d.
NUMBER : [0-9]+ ('.' [0-9]+)? ([eE] [+-]? [0-9]+)? [a-zA-Z0-9_\u00B5]* ;

ARROW : '->' ;
BIARROW : '<->' ;
LARROW : '<-' ;
TILDE_ARROW : '<~' ;
SEMI : ';' ;
COMMA : ',' ;
DOT : '.' ;
COLON : ':' ;
PIPE : '|' ;
LT : '<' ;
GT : '>' ;
MINUS : '-' ;
STAR : '*' ;
QUESTION : '?' ;
LPAREN : '(' ;
RPAREN : ')' ;
LBRACE : '{' ;
RBRACE : '}' ;
LBRACK : '[' ;
RBRACK : ']' ;

BLOCK_COMMENT : '/*' .*? '*/' -> channel(HIDDEN) ;
LINE_COMMENT : ('--' | '//' | '#') ~[\r\n]* -> channel(HIDDEN) ;
// Whitespace makes no token: nothing reads it (locations and text come from character offsets), and as hidden
// tokens it was half of all tokens to create, buffer and step over. Comments stay hidden tokens.
WS : [ \t\r\n\u000C\u00A0\uFEFF]+ -> skip ;
ELLIPSIS : '\u2026' ;
// Everything else (operators, unicode, stray characters) is one token each, so the lexer never fails.
OTHER : . ;

fragment WORD : [a-zA-Z_] [a-zA-Z0-9_]* ;
fragment A : [aA] ; fragment B : [bB] ; fragment C : [cC] ; fragment D : [dD] ; fragment E : [eE] ;
fragment F : [fF] ; fragment G : [gG] ; fragment H : [hH] ; fragment I : [iI] ; fragment J : [jJ] ;
fragment K : [kK] ; fragment L : [lL] ; fragment M_ : [mM] ; fragment N : [nN] ; fragment O : [oO] ;
fragment P : [pP] ; fragment Q : [qQ] ; fragment R : [rR] ; fragment S : [sS] ; fragment T : [tT] ;
fragment U : [uU] ; fragment V : [vV] ; fragment W : [wW] ; fragment X : [xX] ; fragment Y : [yY] ;
fragment Z : [zZ] ;
