//! The guest's allocator (on wasm32, with the default `arena` feature): a bump arena that
//! starts at `__heap_base`, inside the memory the module already has, and is emptied when the
//! next call begins (`lavastack_alloc`).
//!
//! Why: lavastack gives every call a fresh instance. Rust's default allocator (dlmalloc) takes
//! its first memory with `memory.grow`, never from the pages the module starts with, so every
//! call grew memory, and wasmtime makes grown pages accessible with `mprotect` (and takes them
//! back when the slot is reused): two system calls with TLB shootdowns per decision, more than
//! the decision itself. A call's allocations here come from the initial pages and grow memory
//! only when those are used up. Memory is freed only by popping the latest allocation, which is
//! all a single short call needs; the whole arena is reset at the next `lavastack_alloc`, so a
//! host that keeps one instance for many calls (a Node.js bot) does not leak either. The price:
//! heap data cannot outlive a call (no `OnceLock` caches holding heap memory, no `println!` or
//! panic hook, whose buffers std keeps in statics), which lavastack's fresh instances make
//! harmless; a host that keeps an instance must call `lavastack_alloc` once per call and read
//! each answer before the next one.

use std::alloc::{GlobalAlloc, Layout};
use std::arch::wasm32;
use std::cell::UnsafeCell;

const PAGE: usize = 65536;

extern "C" {
    /// Set by the linker: the first byte after the stack and the data.
    static __heap_base: u8;
}

pub struct Arena {
    // (next free byte, end of memory); 0 = not set up yet. Guests are single-threaded.
    state: UnsafeCell<(usize, usize)>,
}

// SAFETY: wasm32-unknown-unknown guests run on one thread.
unsafe impl Sync for Arena {}

impl Arena {
    pub const fn new() -> Arena {
        Arena {
            state: UnsafeCell::new((0, 0)),
        }
    }

    fn base() -> usize {
        // Only the address of the linker symbol is taken, never its value.
        std::ptr::addr_of!(__heap_base) as usize
    }

    /// Forgets every allocation: the start of a new call.
    pub fn reset(&self) {
        // SAFETY: single-threaded; no allocation is live across calls (see the module docs).
        unsafe { *self.state.get() = (Self::base(), wasm32::memory_size(0) * PAGE) };
    }

    /// Moves the end of the arena to at least `end`, growing memory if needed.
    fn reach(end: usize, limit: &mut usize) -> bool {
        if end <= *limit {
            return true;
        }
        let pages = (end - *limit).div_ceil(PAGE);
        if wasm32::memory_grow(0, pages) == usize::MAX {
            return false;
        }
        *limit += pages * PAGE;
        true
    }
}

impl Default for Arena {
    fn default() -> Self {
        Self::new()
    }
}

unsafe impl GlobalAlloc for Arena {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        let state = &mut *self.state.get();
        if state.0 == 0 {
            *state = (Self::base(), wasm32::memory_size(0) * PAGE);
        }
        let Some(start) = state.0.checked_add(layout.align() - 1) else {
            return std::ptr::null_mut();
        };
        let start = start & !(layout.align() - 1);
        let Some(end) = start.checked_add(layout.size()) else {
            return std::ptr::null_mut();
        };
        if !Self::reach(end, &mut state.1) {
            // The host's memory cap: a null here becomes a trap the host reports as such.
            return std::ptr::null_mut();
        }
        state.0 = end;
        start as *mut u8
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        let state = &mut *self.state.get();
        if ptr as usize + layout.size() == state.0 {
            state.0 = ptr as usize;
        }
    }

    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        let state = &mut *self.state.get();
        // The latest allocation grows (or shrinks) in place: a Vec being pushed to.
        if ptr as usize + layout.size() == state.0 {
            let Some(end) = (ptr as usize).checked_add(new_size) else {
                return std::ptr::null_mut();
            };
            if !Self::reach(end, &mut state.1) {
                return std::ptr::null_mut();
            }
            state.0 = end;
            return ptr;
        }
        let new = self.alloc(Layout::from_size_align_unchecked(new_size, layout.align()));
        if !new.is_null() {
            std::ptr::copy_nonoverlapping(ptr, new, layout.size().min(new_size));
        }
        new
    }
}
