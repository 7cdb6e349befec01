//! Expression evaluation: the functions a stack may call and the context they run in.

use std::cell::RefCell;
use std::path::{Path, PathBuf};

use hcl::eval::{Context, FuncArgs, FuncDef, ParamType};
use hcl::Value;

thread_local! {
    // hcl-rs functions are plain `fn` pointers, so `file()` cannot capture the stack's
    // directory; the loader sets it here for the duration of one evaluation.
    static BASE_DIR: RefCell<PathBuf> = RefCell::new(PathBuf::from("."));
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
    std::fs::read_to_string(&path)
        .map(Value::String)
        .map_err(|e| format!("cannot read file {}: {e}", path.display()))
}

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
