//! Expression evaluation: the functions a stack may call and the context they run in.

use std::cell::RefCell;
use std::path::{Path, PathBuf};

use hcl::eval::{Context, FuncArgs, FuncDef, ParamType};
use hcl::Value;

thread_local! {
    // hcl-rs functions are plain `fn` pointers, so `file()` cannot capture the stack's
    // directory; the loader sets it here for the duration of one evaluation.
    static BASE_DIR: RefCell<PathBuf> = RefCell::new(PathBuf::from("."));
    // Values `secret()` produced in this load with the source each came from (a `file:` path
    // made absolute), for the loader to add to the redactor and to know where a password lives.
    static SECRETS: RefCell<Vec<(String, String)>> = const { RefCell::new(Vec::new()) };
}

/// Whether `v` holds (or, for values of 8 bytes and more, contains) a value `secret()`
/// produced in this load.
pub fn holds_secret(v: &str) -> bool {
    SECRETS.with(|s| {
        s.borrow()
            .iter()
            .any(|(x, _)| v == x || (x.len() >= 8 && v.contains(x.as_str())))
    })
}

/// The values `secret()` produced since the last call, each with its source.
pub fn take_secrets() -> Vec<(String, String)> {
    SECRETS.with(|s| std::mem::take(&mut *s.borrow_mut()))
}

/// `secret("env:NAME")`, `secret("file:PATH")`, `secret("aws_sm:NAME#KEY@STAGE")` or
/// `secret("ssm:NAME")`: a value that is sensitive wherever it goes (redacted in plans, logs
/// and diagnostics like a sensitive variable). A file's one trailing newline is dropped; the
/// AWS sources are read through the SDK's usual configuration (`secret_store`).
fn secret_fn(args: FuncArgs) -> Result<Value, String> {
    let spec = args[0].as_str().unwrap_or_default().to_string();
    let Some((source, name)) = spec.split_once(':').filter(|(_, n)| !n.is_empty()) else {
        return Err(format!(
            "secret(\"{spec}\"): expected \"env:NAME\", \"file:PATH\", \"aws_sm:NAME[#KEY][@STAGE]\" or \"ssm:NAME\""
        ));
    };
    let mut resolved = spec.clone();
    let value = match source {
        "env" => std::env::var(name)
            .map_err(|_| format!("secret(\"{spec}\"): environment variable {name} is not set"))?,
        "file" => {
            let path = BASE_DIR.with(|b| resolve_path(&b.borrow(), name));
            resolved = format!(
                "file:{}",
                std::path::absolute(&path).unwrap_or(path.clone()).display()
            );
            read_secret_file(&path).map_err(|e| format!("secret(\"{spec}\"): {e}"))?
        }
        "aws_sm" | "ssm" => crate::secret_store::AwsSecret::parse(source, name)
            .and_then(|src| src.fetch_blocking())
            .map_err(|e| format!("secret(\"{spec}\"): {e}"))?,
        other => {
            return Err(format!(
                "secret(\"{spec}\"): unknown source \"{other}\" (env, file, aws_sm or ssm)"
            ))
        }
    };
    if value.is_empty() {
        return Err(format!("secret(\"{spec}\") is empty"));
    }
    SECRETS.with(|s| s.borrow_mut().push((value.clone(), resolved)));
    Ok(Value::String(value))
}

/// A `file:` secret's value: a regular file of UTF-8 text, one trailing newline dropped.
pub fn read_secret_file(path: &Path) -> Result<String, String> {
    let bytes = crate::files::read_regular(path, FILE_FN_MAX)
        .map_err(|e| format!("cannot read {}: {e}", path.display()))?;
    let text =
        String::from_utf8(bytes).map_err(|_| format!("{} is not UTF-8 text", path.display()))?;
    let text = text.strip_suffix('\n').unwrap_or(&text);
    Ok(text.strip_suffix('\r').unwrap_or(text).to_string())
}

pub struct BaseDirGuard(PathBuf);

impl Drop for BaseDirGuard {
    fn drop(&mut self) {
        let prev = std::mem::take(&mut self.0);
        BASE_DIR.with(|b| *b.borrow_mut() = prev);
    }
}

pub fn set_base_dir(dir: &Path) -> BaseDirGuard {
    let prev = BASE_DIR.with(|b| std::mem::replace(&mut *b.borrow_mut(), dir.to_path_buf()));
    BaseDirGuard(prev)
}

/// `~/x` is the home directory; relative paths are relative to the stack file's directory.
pub fn resolve_path(base: &Path, p: &str) -> PathBuf {
    if let Some(rest) = p.strip_prefix("~/") {
        if let Some(home) = std::env::var_os("HOME") {
            return PathBuf::from(home).join(rest);
        }
    }
    let path = Path::new(p);
    if path.is_absolute() {
        path.to_path_buf()
    } else {
        base.join(path)
    }
}

fn env_fn(args: FuncArgs) -> Result<Value, String> {
    let name = args[0].as_str().unwrap_or_default().to_string();
    match std::env::var(&name) {
        Ok(v) => Ok(Value::String(v)),
        Err(_) => match args.get(1) {
            Some(default) => Ok(default.clone()),
            None => Err(format!(
                "environment variable {name} is not set (pass a default as env(\"{name}\", \"...\"))"
            )),
        },
    }
}

fn file_fn(args: FuncArgs) -> Result<Value, String> {
    let p = args[0].as_str().unwrap_or_default().to_string();
    let path = BASE_DIR.with(|b| resolve_path(&b.borrow(), &p));
    let bytes = crate::files::read_regular(&path, FILE_FN_MAX)
        .map_err(|e| format!("cannot read file {}: {e}", path.display()))?;
    String::from_utf8(bytes)
        .map(Value::String)
        .map_err(|_| format!("file {} is not UTF-8 text", path.display()))
}

/// `file()` reads keys, certificates and small configs; anything bigger is a mistake.
pub const FILE_FN_MAX: u64 = 1 << 20;

/// The stack file itself (and each var file).
pub const STACK_FILE_MAX: u64 = 16 << 20;

pub fn base_context() -> Context<'static> {
    let mut ctx = Context::new();
    ctx.declare_func(
        "env",
        FuncDef::builder()
            .param(ParamType::String)
            .variadic_param(ParamType::Any)
            .build(env_fn),
    );
    ctx.declare_func(
        "file",
        FuncDef::builder().param(ParamType::String).build(file_fn),
    );
    ctx.declare_func(
        "secret",
        FuncDef::builder().param(ParamType::String).build(secret_fn),
    );
    ctx
}

pub fn to_json(v: &Value) -> serde_json::Value {
    serde_json::to_value(v).unwrap_or(serde_json::Value::Null)
}

pub fn type_name(v: &serde_json::Value) -> &'static str {
    match v {
        serde_json::Value::Null => "null",
        serde_json::Value::Bool(_) => "bool",
        serde_json::Value::Number(_) => "number",
        serde_json::Value::String(_) => "string",
        serde_json::Value::Array(_) => "list",
        serde_json::Value::Object(_) => "object",
    }
}

/// hcl-rs does integer arithmetic unchecked: `1 % 0` and `i64::MIN % -1` panic, and an
/// overflow panics (debug builds) or wraps (release). Before an expression is evaluated, every
/// arithmetic operation in it is evaluated here with checked arithmetic, so those become errors.
/// Operands that cannot be evaluated here (a `for` variable) are left to the evaluation itself.
pub fn check_arithmetic(e: &hcl::Expression, ctx: &Context) -> Result<(), String> {
    use hcl::expr::{
        BinaryOperator as B, Expression as E, ObjectKey, Operation, TraversalOperator,
    };
    match e {
        E::Array(items) => items.iter().try_for_each(|x| check_arithmetic(x, ctx)),
        E::Object(o) => o.iter().try_for_each(|(k, v)| {
            if let ObjectKey::Expression(k) = k {
                check_arithmetic(k, ctx)?;
            }
            check_arithmetic(v, ctx)
        }),
        E::Traversal(t) => {
            check_arithmetic(&t.expr, ctx)?;
            t.operators.iter().try_for_each(|op| match op {
                TraversalOperator::Index(i) => check_arithmetic(i, ctx),
                _ => Ok(()),
            })
        }
        E::FuncCall(f) => f.args.iter().try_for_each(|x| check_arithmetic(x, ctx)),
        E::Parenthesis(x) => check_arithmetic(x, ctx),
        E::Conditional(c) => {
            check_arithmetic(&c.cond_expr, ctx)?;
            check_arithmetic(&c.true_expr, ctx)?;
            check_arithmetic(&c.false_expr, ctx)
        }
        E::ForExpr(f) => check_arithmetic(&f.collection_expr, ctx),
        E::Operation(op) => match &**op {
            Operation::Unary(u) => check_arithmetic(&u.expr, ctx),
            Operation::Binary(b) => {
                check_arithmetic(&b.lhs_expr, ctx)?;
                check_arithmetic(&b.rhs_expr, ctx)?;
                let symbol = match b.operator {
                    B::Plus => "+",
                    B::Minus => "-",
                    B::Mul => "*",
                    B::Div => "/",
                    B::Mod => "%",
                    _ => return Ok(()),
                };
                let (Ok(Value::Number(l)), Ok(Value::Number(r))) = (
                    hcl::eval::Evaluate::evaluate(&b.lhs_expr, ctx),
                    hcl::eval::Evaluate::evaluate(&b.rhs_expr, ctx),
                ) else {
                    return Ok(());
                };
                checked(&l, symbol, &r)
            }
        },
        _ => Ok(()),
    }
}

fn checked(l: &hcl::Number, op: &str, r: &hcl::Number) -> Result<(), String> {
    let int = |n: &hcl::Number| {
        n.as_i64()
            .map(i128::from)
            .or_else(|| n.as_u64().map(i128::from))
    };
    let bad = |why: &str| Err(format!("{l} {op} {r}: {why}"));
    match (int(l), int(r)) {
        (Some(a), Some(b)) if op != "/" => {
            let v = match op {
                "+" => a + b,
                "-" => a - b,
                "*" => a.checked_mul(b).unwrap_or(i128::MAX),
                _ if b == 0 => return bad("remainder by zero"),
                // i64::MIN % -1 overflows inside hcl even though the answer is 0.
                _ if a == i128::from(i64::MIN) && b == -1 => return bad("the result overflows"),
                _ => a % b,
            };
            if v < i128::from(i64::MIN) || v > i128::from(u64::MAX) {
                return bad("the result does not fit in a 64-bit integer");
            }
            Ok(())
        }
        _ => {
            let (Some(a), Some(b)) = (l.as_f64(), r.as_f64()) else {
                return Ok(());
            };
            if (op == "/" || op == "%") && b == 0.0 {
                return bad(if op == "/" {
                    "division by zero"
                } else {
                    "remainder by zero"
                });
            }
            let v = match op {
                "+" => a + b,
                "-" => a - b,
                "*" => a * b,
                "/" => a / b,
                _ => a % b,
            };
            if !v.is_finite() {
                return bad("the result is not a finite number");
            }
            Ok(())
        }
    }
}

/// Elements in a value: 1 for a scalar, plus every entry of a list or map, all the way down.
pub fn value_size(v: &serde_json::Value) -> usize {
    let mut n = 0;
    let mut todo = vec![v];
    while let Some(v) = todo.pop() {
        n += 1;
        match v {
            serde_json::Value::Array(a) => todo.extend(a),
            serde_json::Value::Object(o) => todo.extend(o.values()),
            _ => {}
        }
    }
    n
}
