(module
  (type (;0;) (func (param i32 i32 i32)))
  (type (;1;) (func (param i32 i32 i32) (result i32)))
  (type (;2;) (func (param i32 i32) (result i32)))
  (type (;3;) (func (param i32 i32)))
  (type (;4;) (func (param i32 i32 i32 i32)))
  (type (;5;) (func (param i32 i32 i32 i32) (result i32)))
  (type (;6;) (func (param i32 i32 i32 i32 i32)))
  (type (;7;) (func))
  (type (;8;) (func (param i32 i32 i32 i32 i32 i32)))
  (type (;9;) (func (result i32)))
  (type (;10;) (func (param i32) (result i32)))
  (type (;11;) (func (param i32 i32) (result i64)))
  (type (;12;) (func (param i32 i32 i32) (result i64)))
  (type (;13;) (func (param i32)))
  (type (;14;) (func (param i32 i32 i32 i32 i32) (result i32)))
  (type (;15;) (func (param i32) (result i64)))
  (type (;16;) (func (param i32 i64 i64)))
  (type (;17;) (func (param i32 i32) (result f64)))
  (type (;18;) (func (param i32 i32 i32 i32 i32 i32 i32)))
  (type (;19;) (func (param i32 i64 i64 i64 i64)))
  (import "lavastack" "log" (func (;0;) (type 0)))
  (func (;1;) (type 3) (param i32 i32)
    (local i32 i32 i32 i32 i32)
    global.get 0
    i32.const 16
    i32.sub
    local.tee 2
    global.set 0
    local.get 1
    i32.load
    local.set 3
    local.get 1
    i32.load offset=4
    local.set 4
    block  ;; label = @1
      block  ;; label = @2
        loop  ;; label = @3
          local.get 3
          local.tee 5
          local.get 4
          i32.eq
          br_if 1 (;@2;)
          local.get 1
          local.get 5
          i32.const 144
          i32.add
          local.tee 3
          i32.store
          local.get 5
          i32.const 137
          i32.add
          i32.load8_u
          local.set 6
          local.get 5
          i32.const 136
          i32.add
          i32.load8_u
          i32.const 1
          i32.ne
          br_if 0 (;@3;)
          local.get 6
          i32.const 1
          i32.and
          br_if 0 (;@3;)
          local.get 5
          i32.const 128
          i32.add
          i32.load
          i32.eqz
          br_if 0 (;@3;)
        end
        local.get 5
        i32.load offset=96
        local.set 1
        local.get 2
        i32.const 8
        i32.add
        local.get 5
        i32.load offset=100
        local.tee 5
        i32.const 1
        i32.const 1
        call 2
        local.get 2
        i32.load offset=12
        local.set 3
        local.get 2
        i32.load offset=8
        local.set 6
        block  ;; label = @3
          local.get 5
          i32.eqz
          br_if 0 (;@3;)
          local.get 5
          i32.eqz
          br_if 0 (;@3;)
          local.get 3
          local.get 1
          local.get 5
          memory.copy
        end
        local.get 0
        local.get 5
        i32.store offset=8
        local.get 0
        local.get 3
        i32.store offset=4
        local.get 0
        local.get 6
        i32.store
        br 1 (;@1;)
      end
      local.get 0
      i32.const -2147483648
      i32.store
    end
    local.get 2
    i32.const 16
    i32.add
    global.set 0)
  (func (;2;) (type 4) (param i32 i32 i32 i32)
    (local i32)
    global.get 0
    i32.const 16
    i32.sub
    local.tee 4
    global.set 0
    local.get 4
    i32.const 4
    i32.add
    local.get 1
    local.get 2
    local.get 3
    call 25
    local.get 4
    i32.load offset=8
    local.set 3
    block  ;; label = @1
      local.get 4
      i32.load offset=4
      i32.const 1
      i32.ne
      br_if 0 (;@1;)
      local.get 3
      local.get 4
      i32.load offset=12
      call 26
      unreachable
    end
    local.get 0
    local.get 4
    i32.load offset=12
    i32.store offset=4
    local.get 0
    local.get 3
    i32.store
    local.get 4
    i32.const 16
    i32.add
    global.set 0)
  (func (;3;) (type 5) (param i32 i32 i32 i32) (result i32)
    local.get 0
    local.get 2
    local.get 1
    local.get 3
    local.get 1
    local.get 3
    i32.lt_u
    select
    call 164
    local.tee 2
    local.get 1
    local.get 3
    i32.sub
    local.get 2
    select
    i32.const 31
    i32.shr_u)
  (func (;4;) (type 3) (param i32 i32)
    block  ;; label = @1
      local.get 0
      i32.const -2147483648
      i32.eq
      br_if 0 (;@1;)
      local.get 0
      local.get 1
      call 5
    end)
  (func (;5;) (type 3) (param i32 i32)
    local.get 0
    local.get 1
    i32.const 1
    i32.const 1
    call 116)
  (func (;6;) (type 3) (param i32 i32)
    block  ;; label = @1
      local.get 0
      i32.const -2147483647
      i32.eq
      br_if 0 (;@1;)
      local.get 0
      local.get 1
      call 4
    end)
  (func (;7;) (type 6) (param i32 i32 i32 i32 i32)
    block  ;; label = @1
      local.get 2
      local.get 3
      i32.ge_u
      br_if 0 (;@1;)
      i32.const 66780
      i32.const 19
      local.get 4
      call 8
      unreachable
    end
    local.get 0
    local.get 3
    i32.store offset=4
    local.get 0
    local.get 1
    i32.store
    local.get 0
    local.get 2
    local.get 3
    i32.sub
    i32.store offset=12
    local.get 0
    local.get 1
    local.get 3
    i32.const 12
    i32.mul
    i32.add
    i32.store offset=8)
  (func (;8;) (type 0) (param i32 i32 i32)
    (local i32)
    global.get 0
    i32.const 32
    i32.sub
    local.tee 3
    global.set 0
    local.get 3
    local.get 1
    i32.store offset=16
    local.get 3
    local.get 0
    i32.store offset=12
    local.get 3
    i32.const 1
    i32.store16 offset=28
    local.get 3
    local.get 2
    i32.store offset=24
    local.get 3
    local.get 3
    i32.const 12
    i32.add
    i32.store offset=20
    local.get 3
    i32.const 20
    i32.add
    call 53
    unreachable)
  (func (;9;) (type 5) (param i32 i32 i32 i32) (result i32)
    (local i32 i32 i32 i32 i32 i32)
    block  ;; label = @1
      local.get 3
      i32.const 8
      i32.lt_u
      br_if 0 (;@1;)
      local.get 0
      local.get 0
      local.get 3
      i32.const 3
      i32.shr_u
      local.tee 3
      i32.const 48
      i32.mul
      local.tee 4
      i32.add
      local.get 0
      local.get 3
      i32.const 84
      i32.mul
      local.tee 5
      i32.add
      local.get 3
      call 9
      local.set 0
      local.get 1
      local.get 1
      local.get 4
      i32.add
      local.get 1
      local.get 5
      i32.add
      local.get 3
      call 9
      local.set 1
      local.get 2
      local.get 2
      local.get 4
      i32.add
      local.get 2
      local.get 5
      i32.add
      local.get 3
      call 9
      local.set 2
    end
    block  ;; label = @1
      local.get 0
      i32.const 4
      i32.add
      i32.load
      local.tee 3
      local.get 0
      i32.const 8
      i32.add
      i32.load
      local.tee 4
      local.get 1
      i32.const 4
      i32.add
      i32.load
      local.tee 5
      local.get 1
      i32.const 8
      i32.add
      i32.load
      local.tee 6
      call 3
      local.tee 7
      local.get 3
      local.get 4
      local.get 2
      i32.const 4
      i32.add
      i32.load
      local.tee 8
      local.get 2
      i32.const 8
      i32.add
      i32.load
      local.tee 9
      call 3
      i32.ne
      br_if 0 (;@1;)
      local.get 2
      local.get 1
      local.get 7
      local.get 5
      local.get 6
      local.get 8
      local.get 9
      call 3
      i32.xor
      select
      local.set 0
    end
    local.get 0)
  (func (;10;) (type 3) (param i32 i32)
    (local i32 i32 i32 i32)
    block  ;; label = @1
      local.get 1
      i32.const 4
      i32.add
      i32.load
      local.tee 2
      local.get 1
      i32.const 8
      i32.add
      i32.load
      local.tee 3
      local.get 1
      i32.const -8
      i32.add
      i32.load
      local.get 1
      i32.const -4
      i32.add
      i32.load
      call 3
      i32.eqz
      br_if 0 (;@1;)
      local.get 1
      i32.const -20
      i32.add
      local.set 4
      local.get 1
      i32.load
      local.set 5
      block  ;; label = @2
        block  ;; label = @3
          loop  ;; label = @4
            local.get 4
            local.tee 1
            i32.const 28
            i32.add
            local.get 1
            i32.const 16
            i32.add
            i32.load
            i32.store
            local.get 1
            i32.const 20
            i32.add
            local.get 1
            i32.const 8
            i32.add
            local.tee 4
            i64.load align=4
            i64.store align=4
            local.get 4
            local.get 0
            i32.eq
            br_if 1 (;@3;)
            local.get 1
            i32.const -12
            i32.add
            local.set 4
            local.get 2
            local.get 3
            local.get 1
            i32.load
            local.get 1
            i32.const 4
            i32.add
            i32.load
            call 3
            br_if 0 (;@4;)
          end
          local.get 1
          i32.const 20
          i32.add
          local.set 4
          br 1 (;@2;)
        end
        local.get 1
        i32.const 20
        i32.add
        local.set 4
      end
      local.get 1
      i32.const 8
      i32.add
      local.get 5
      i32.store
      local.get 4
      i32.const -4
      i32.add
      local.get 3
      i32.store
      local.get 4
      i32.const -8
      i32.add
      local.get 2
      i32.store
    end)
  (func (;11;) (type 3) (param i32 i32)
    (local i32 i32 i32 i32 i32 i32 i32 i32)
    local.get 0
    i32.const 16
    i32.add
    i32.load
    local.get 0
    i32.const 20
    i32.add
    i32.load
    local.get 0
    i32.const 4
    i32.add
    i32.load
    local.get 0
    i32.const 8
    i32.add
    i32.load
    call 3
    local.set 2
    local.get 0
    i32.const 36
    i32.const 24
    local.get 0
    i32.const 40
    i32.add
    i32.load
    local.get 0
    i32.const 44
    i32.add
    i32.load
    local.get 0
    i32.const 28
    i32.add
    i32.load
    local.get 0
    i32.const 32
    i32.add
    i32.load
    call 3
    local.tee 3
    select
    i32.add
    local.set 4
    local.get 0
    i32.const 24
    i32.const 36
    local.get 3
    select
    i32.add
    local.set 3
    local.get 3
    local.get 0
    local.get 2
    i32.const 1
    i32.xor
    i32.const 12
    i32.mul
    i32.add
    local.tee 5
    local.get 4
    local.get 4
    i32.const 4
    i32.add
    i32.load
    local.get 4
    i32.const 8
    i32.add
    i32.load
    local.get 0
    local.get 2
    i32.const 12
    i32.mul
    i32.add
    local.tee 0
    i32.const 4
    i32.add
    i32.load
    local.get 0
    i32.const 8
    i32.add
    i32.load
    call 3
    local.tee 6
    select
    local.get 3
    i32.const 4
    i32.add
    i32.load
    local.get 3
    i32.const 8
    i32.add
    i32.load
    local.get 5
    i32.const 4
    i32.add
    i32.load
    local.get 5
    i32.const 8
    i32.add
    i32.load
    call 3
    local.tee 7
    select
    local.tee 2
    i32.const 4
    i32.add
    i32.load
    local.get 2
    i32.const 8
    i32.add
    i32.load
    local.get 0
    local.get 4
    local.get 5
    local.get 7
    select
    local.get 6
    select
    local.tee 8
    i32.const 4
    i32.add
    i32.load
    local.get 8
    i32.const 8
    i32.add
    i32.load
    call 3
    local.set 9
    local.get 1
    local.get 4
    local.get 0
    local.get 6
    select
    local.tee 0
    i32.load offset=8
    i32.store offset=8
    local.get 1
    local.get 0
    i64.load align=4
    i64.store align=4
    local.get 1
    local.get 2
    local.get 8
    local.get 9
    select
    local.tee 0
    i32.load offset=8
    i32.store offset=20
    local.get 1
    local.get 0
    i64.load align=4
    i64.store offset=12 align=4
    local.get 1
    local.get 8
    local.get 2
    local.get 9
    select
    local.tee 0
    i32.load offset=8
    i32.store offset=32
    local.get 1
    local.get 0
    i64.load align=4
    i64.store offset=24 align=4
    local.get 1
    local.get 5
    local.get 3
    local.get 7
    select
    local.tee 0
    i64.load align=4
    i64.store offset=36 align=4
    local.get 1
    local.get 0
    i32.load offset=8
    i32.store offset=44)
  (func (;12;) (type 0) (param i32 i32 i32)
    local.get 0
    local.get 2
    call 11
    local.get 0
    i32.const 48
    i32.add
    local.get 2
    i32.const 48
    i32.add
    call 11
    local.get 2
    i32.const 8
    local.get 1
    call 13)
  (func (;13;) (type 0) (param i32 i32 i32)
    (local i32 i32 i32 i32 i32 i32 i32 i32)
    local.get 2
    local.get 1
    i32.const 12
    i32.mul
    i32.const -12
    i32.add
    local.tee 3
    i32.add
    local.set 4
    local.get 0
    local.get 3
    i32.add
    local.set 5
    local.get 0
    local.get 1
    i32.const 1
    i32.shr_u
    local.tee 6
    i32.const 12
    i32.mul
    i32.add
    local.tee 3
    i32.const -12
    i32.add
    local.set 7
    block  ;; label = @1
      loop  ;; label = @2
        block  ;; label = @3
          local.get 6
          br_if 0 (;@3;)
          local.get 7
          i32.const 12
          i32.add
          local.set 7
          block  ;; label = @4
            local.get 1
            i32.const 1
            i32.and
            i32.eqz
            br_if 0 (;@4;)
            local.get 2
            local.get 0
            local.get 3
            local.get 0
            local.get 7
            i32.lt_u
            local.tee 4
            select
            local.tee 6
            i32.load offset=8
            i32.store offset=8
            local.get 2
            local.get 6
            i64.load align=4
            i64.store align=4
            local.get 3
            local.get 0
            local.get 7
            i32.ge_u
            i32.const 12
            i32.mul
            i32.add
            local.set 3
            local.get 0
            local.get 4
            i32.const 12
            i32.mul
            i32.add
            local.set 0
          end
          block  ;; label = @4
            local.get 0
            local.get 7
            i32.ne
            br_if 0 (;@4;)
            local.get 3
            local.get 5
            i32.const 12
            i32.add
            i32.eq
            br_if 3 (;@1;)
          end
          call 14
          unreachable
        end
        local.get 2
        local.get 3
        local.get 0
        local.get 3
        i32.const 4
        i32.add
        i32.load
        local.get 3
        i32.const 8
        i32.add
        i32.load
        local.get 0
        i32.const 4
        i32.add
        i32.load
        local.get 0
        i32.const 8
        i32.add
        i32.load
        call 3
        local.tee 8
        select
        local.tee 9
        i32.load offset=8
        i32.store offset=8
        local.get 2
        local.get 9
        i64.load align=4
        i64.store align=4
        local.get 4
        local.get 7
        local.get 5
        local.get 5
        i32.const 4
        i32.add
        i32.load
        local.get 5
        i32.const 8
        i32.add
        i32.load
        local.get 7
        i32.const 4
        i32.add
        i32.load
        local.get 7
        i32.const 8
        i32.add
        i32.load
        call 3
        local.tee 9
        select
        local.tee 10
        i32.load offset=8
        i32.store offset=8
        local.get 4
        local.get 10
        i64.load align=4
        i64.store align=4
        local.get 3
        local.get 8
        i32.const 12
        i32.mul
        i32.add
        local.set 3
        local.get 0
        local.get 8
        i32.const 1
        i32.xor
        i32.const 12
        i32.mul
        i32.add
        local.set 0
        local.get 7
        i32.const 0
        local.get 9
        i32.sub
        i32.const 12
        i32.mul
        i32.add
        local.set 7
        local.get 9
        i32.const 12
        i32.mul
        local.get 5
        i32.add
        i32.const -12
        i32.add
        local.set 5
        local.get 6
        i32.const -1
        i32.add
        local.set 6
        local.get 4
        i32.const -12
        i32.add
        local.set 4
        local.get 2
        i32.const 12
        i32.add
        local.set 2
        br 0 (;@2;)
      end
    end)
  (func (;14;) (type 7)
    i32.const 79704
    i32.const 153
    i32.const 79780
    call 8
    unreachable)
  (func (;15;) (type 3) (param i32 i32)
    (local i32 i32 i32)
    global.get 0
    i32.const 4112
    i32.sub
    local.tee 2
    global.set 0
    block  ;; label = @1
      block  ;; label = @2
        local.get 1
        i32.const 666666
        local.get 1
        i32.const 666666
        i32.lt_u
        select
        local.tee 3
        local.get 1
        local.get 1
        i32.const 1
        i32.shr_u
        i32.sub
        local.tee 4
        local.get 3
        local.get 4
        i32.gt_u
        select
        local.tee 3
        i32.const 342
        i32.lt_u
        br_if 0 (;@2;)
        local.get 2
        i32.const 8
        i32.add
        local.get 3
        i32.const 4
        i32.const 12
        call 2
        local.get 0
        local.get 1
        local.get 2
        i32.load offset=12
        local.tee 3
        local.get 2
        i32.load offset=8
        local.tee 4
        local.get 1
        i32.const 65
        i32.lt_u
        call 16
        local.get 3
        i32.const 0
        call 17
        local.get 4
        local.get 3
        call 18
        br 1 (;@1;)
      end
      local.get 0
      local.get 1
      local.get 2
      i32.const 16
      i32.add
      i32.const 341
      local.get 1
      i32.const 65
      i32.lt_u
      call 16
    end
    local.get 2
    i32.const 4112
    i32.add
    global.set 0)
  (func (;16;) (type 6) (param i32 i32 i32 i32 i32)
    (local i32 i64 i64 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32)
    global.get 0
    i32.const 352
    i32.sub
    local.tee 5
    global.set 0
    i64.const 4611686018427387904
    local.get 1
    i64.extend_i32_u
    local.tee 6
    i64.div_u
    local.tee 7
    local.get 6
    i64.mul
    i64.const 4611686018427387904
    i64.ne
    i64.extend_i32_u
    local.set 6
    block  ;; label = @1
      block  ;; label = @2
        local.get 1
        i32.const 4097
        i32.lt_u
        br_if 0 (;@2;)
        i32.const 1
        local.get 1
        i32.const 1
        i32.or
        i32.clz
        i32.const 31
        i32.xor
        local.tee 8
        i32.const 1
        i32.shr_u
        local.get 8
        i32.const 1
        i32.and
        i32.add
        local.tee 8
        i32.shl
        local.get 1
        local.get 8
        i32.shr_u
        i32.add
        i32.const 1
        i32.shr_u
        local.set 9
        br 1 (;@1;)
      end
      local.get 1
      local.get 1
      i32.const 1
      i32.shr_u
      i32.sub
      local.tee 8
      i32.const 64
      local.get 8
      i32.const 64
      i32.lt_u
      select
      local.set 9
    end
    local.get 7
    local.get 6
    i64.add
    local.set 6
    local.get 0
    i32.const -12
    i32.add
    local.set 10
    local.get 0
    i32.const 16
    i32.add
    local.set 11
    i32.const 1
    local.set 12
    i32.const 0
    local.set 13
    i32.const 0
    local.set 14
    loop  ;; label = @1
      i32.const 0
      local.set 15
      i32.const 1
      local.set 16
      block  ;; label = @2
        local.get 1
        local.get 13
        i32.gt_u
        local.tee 17
        i32.eqz
        br_if 0 (;@2;)
        local.get 0
        local.get 13
        i32.const 12
        i32.mul
        local.tee 8
        i32.add
        local.set 18
        block  ;; label = @3
          block  ;; label = @4
            local.get 1
            local.get 13
            i32.sub
            local.tee 19
            local.get 9
            i32.lt_u
            br_if 0 (;@4;)
            block  ;; label = @5
              local.get 19
              i32.const 2
              i32.lt_u
              br_if 0 (;@5;)
              block  ;; label = @6
                block  ;; label = @7
                  block  ;; label = @8
                    local.get 18
                    i32.const 16
                    i32.add
                    i32.load
                    local.get 18
                    i32.const 20
                    i32.add
                    i32.load
                    local.get 18
                    i32.const 4
                    i32.add
                    i32.load
                    local.get 18
                    i32.const 8
                    i32.add
                    i32.load
                    call 3
                    local.tee 20
                    br_if 0 (;@8;)
                    local.get 11
                    local.get 8
                    i32.add
                    local.set 8
                    i32.const 2
                    local.set 21
                    loop  ;; label = @9
                      local.get 19
                      local.get 21
                      i32.eq
                      br_if 2 (;@7;)
                      local.get 8
                      i32.const 12
                      i32.add
                      local.tee 22
                      i32.load
                      local.get 8
                      i32.const 16
                      i32.add
                      i32.load
                      local.get 8
                      i32.load
                      local.get 8
                      i32.const 4
                      i32.add
                      i32.load
                      call 3
                      br_if 3 (;@6;)
                      local.get 21
                      i32.const 1
                      i32.add
                      local.set 21
                      local.get 22
                      local.set 8
                      br 0 (;@9;)
                    end
                  end
                  local.get 11
                  local.get 8
                  i32.add
                  local.set 8
                  i32.const 2
                  local.set 21
                  loop  ;; label = @8
                    local.get 19
                    local.get 21
                    i32.eq
                    br_if 1 (;@7;)
                    local.get 8
                    i32.const 12
                    i32.add
                    local.tee 22
                    i32.load
                    local.get 8
                    i32.const 16
                    i32.add
                    i32.load
                    local.get 8
                    i32.load
                    local.get 8
                    i32.const 4
                    i32.add
                    i32.load
                    call 3
                    i32.eqz
                    br_if 2 (;@6;)
                    local.get 21
                    i32.const 1
                    i32.add
                    local.set 21
                    local.get 22
                    local.set 8
                    br 0 (;@8;)
                  end
                end
                local.get 19
                local.set 21
              end
              local.get 21
              local.get 9
              i32.lt_u
              br_if 1 (;@4;)
              block  ;; label = @6
                local.get 20
                i32.eqz
                br_if 0 (;@6;)
                local.get 5
                i32.const 336
                i32.add
                local.get 18
                local.get 21
                i32.const 1
                i32.shr_u
                local.tee 16
                local.get 16
                i32.const 66792
                call 7
                i32.const 0
                local.set 15
                local.get 5
                i32.load offset=340
                local.set 23
                local.get 5
                i32.load offset=336
                local.set 20
                local.get 5
                i32.const 336
                i32.add
                local.get 18
                local.get 21
                i32.const 12
                i32.mul
                i32.add
                i32.const 0
                local.get 16
                i32.sub
                i32.const 12
                i32.mul
                i32.add
                local.get 16
                local.get 16
                i32.const 66808
                call 7
                local.get 5
                i32.load offset=336
                local.get 16
                i32.const 12
                i32.mul
                i32.add
                i32.const -12
                i32.add
                local.set 24
                local.get 16
                i32.const -1
                i32.add
                local.get 5
                i32.load offset=340
                local.tee 25
                i32.lt_u
                local.set 26
                block  ;; label = @7
                  loop  ;; label = @8
                    local.get 15
                    local.get 16
                    i32.eq
                    br_if 2 (;@6;)
                    local.get 15
                    local.get 23
                    i32.eq
                    br_if 1 (;@7;)
                    block  ;; label = @9
                      local.get 26
                      i32.eqz
                      br_if 0 (;@9;)
                      i32.const 0
                      local.set 8
                      block  ;; label = @10
                        loop  ;; label = @11
                          local.get 8
                          i32.const 12
                          i32.eq
                          br_if 1 (;@10;)
                          local.get 20
                          local.get 8
                          i32.add
                          local.tee 19
                          i32.load
                          local.set 22
                          local.get 19
                          local.get 24
                          local.get 8
                          i32.add
                          local.tee 18
                          i32.load
                          i32.store
                          local.get 18
                          local.get 22
                          i32.store
                          local.get 8
                          i32.const 4
                          i32.add
                          local.set 8
                          br 0 (;@11;)
                        end
                      end
                      local.get 24
                      i32.const -12
                      i32.add
                      local.set 24
                      local.get 20
                      i32.const 12
                      i32.add
                      local.set 20
                      local.get 15
                      i32.const 1
                      i32.add
                      local.set 15
                      br 1 (;@8;)
                    end
                  end
                  local.get 16
                  local.get 15
                  i32.const -1
                  i32.xor
                  i32.add
                  local.get 25
                  i32.const 66840
                  call 21
                  unreachable
                end
                local.get 23
                local.get 23
                i32.const 66824
                call 21
                unreachable
              end
              local.get 21
              local.set 19
            end
            local.get 19
            i32.const 1
            i32.shl
            i32.const 1
            i32.or
            local.set 16
            br 1 (;@3;)
          end
          block  ;; label = @4
            local.get 4
            br_if 0 (;@4;)
            local.get 19
            local.get 9
            local.get 19
            local.get 9
            i32.lt_u
            select
            i32.const 1
            i32.shl
            local.set 16
            br 1 (;@3;)
          end
          local.get 18
          local.get 19
          i32.const 32
          local.get 19
          i32.const 32
          i32.lt_u
          select
          local.tee 8
          local.get 2
          local.get 3
          i32.const 0
          i32.const 0
          call 20
          local.get 8
          i32.const 1
          i32.shl
          i32.const 1
          i32.or
          local.set 16
        end
        local.get 6
        local.get 16
        i32.const 1
        i32.shr_u
        local.get 13
        i32.const 1
        i32.shl
        i32.add
        i64.extend_i32_u
        i64.mul
        local.get 13
        local.get 12
        i32.const 1
        i32.shr_u
        i32.sub
        i64.extend_i32_u
        local.get 13
        i64.extend_i32_u
        i64.add
        local.get 6
        i64.mul
        i64.xor
        i64.clz
        i32.wrap_i64
        local.set 15
      end
      local.get 10
      local.get 13
      i32.const 12
      i32.mul
      local.tee 8
      i32.add
      local.set 23
      local.get 0
      local.get 8
      i32.add
      local.set 21
      loop  ;; label = @2
        block  ;; label = @3
          block  ;; label = @4
            block  ;; label = @5
              block  ;; label = @6
                block  ;; label = @7
                  block  ;; label = @8
                    local.get 14
                    i32.const 2
                    i32.lt_u
                    br_if 0 (;@8;)
                    local.get 5
                    i32.const 270
                    i32.add
                    local.get 14
                    i32.const -1
                    i32.add
                    local.tee 20
                    i32.add
                    i32.load8_u
                    local.get 15
                    i32.ge_u
                    br_if 1 (;@7;)
                  end
                  local.get 5
                  i32.const 270
                  i32.add
                  local.get 14
                  i32.add
                  local.get 15
                  i32.store8
                  local.get 5
                  i32.const 4
                  i32.add
                  local.get 14
                  i32.const 2
                  i32.shl
                  i32.add
                  local.get 12
                  i32.store
                  local.get 17
                  i32.eqz
                  br_if 1 (;@6;)
                  local.get 14
                  i32.const 1
                  i32.add
                  local.set 14
                  local.get 16
                  i32.const 1
                  i32.shr_u
                  local.get 13
                  i32.add
                  local.set 13
                  local.get 16
                  local.set 12
                  br 6 (;@1;)
                end
                block  ;; label = @7
                  local.get 5
                  i32.const 4
                  i32.add
                  local.get 20
                  i32.const 2
                  i32.shl
                  i32.add
                  i32.load
                  local.tee 19
                  i32.const 1
                  i32.shr_u
                  local.tee 8
                  local.get 12
                  i32.const 1
                  i32.shr_u
                  local.tee 22
                  i32.add
                  local.tee 24
                  local.get 3
                  i32.gt_u
                  br_if 0 (;@7;)
                  local.get 19
                  local.get 12
                  i32.or
                  i32.const 1
                  i32.and
                  i32.eqz
                  br_if 2 (;@5;)
                end
                local.get 0
                local.get 13
                local.get 24
                i32.sub
                i32.const 12
                i32.mul
                i32.add
                local.set 18
                local.get 19
                i32.const 1
                i32.and
                i32.eqz
                br_if 2 (;@4;)
                br 3 (;@3;)
              end
              block  ;; label = @6
                local.get 12
                i32.const 1
                i32.and
                br_if 0 (;@6;)
                local.get 0
                local.get 1
                local.get 2
                local.get 3
                call 19
              end
              local.get 5
              i32.const 352
              i32.add
              global.set 0
              return
            end
            local.get 24
            i32.const 1
            i32.shl
            local.set 12
            local.get 20
            local.set 14
            br 2 (;@2;)
          end
          local.get 18
          local.get 8
          local.get 2
          local.get 3
          call 19
        end
        block  ;; label = @3
          local.get 12
          i32.const 1
          i32.and
          br_if 0 (;@3;)
          local.get 18
          local.get 8
          i32.const 12
          i32.mul
          i32.add
          local.get 22
          local.get 2
          local.get 3
          call 19
        end
        block  ;; label = @3
          local.get 22
          i32.eqz
          br_if 0 (;@3;)
          local.get 8
          i32.eqz
          br_if 0 (;@3;)
          local.get 3
          local.get 22
          local.get 8
          local.get 22
          local.get 8
          i32.lt_u
          local.tee 12
          select
          local.tee 19
          i32.lt_u
          br_if 0 (;@3;)
          local.get 18
          local.get 8
          i32.const 12
          i32.mul
          i32.add
          local.set 8
          block  ;; label = @4
            local.get 19
            i32.const 12
            i32.mul
            local.tee 19
            i32.eqz
            br_if 0 (;@4;)
            local.get 2
            local.get 8
            local.get 18
            local.get 12
            select
            local.get 19
            memory.copy
          end
          local.get 2
          local.get 19
          i32.add
          local.set 19
          block  ;; label = @4
            block  ;; label = @5
              local.get 12
              br_if 0 (;@5;)
              local.get 2
              local.set 22
              loop  ;; label = @6
                local.get 22
                local.get 19
                i32.eq
                br_if 2 (;@4;)
                local.get 8
                local.get 21
                i32.eq
                br_if 2 (;@4;)
                local.get 18
                local.get 8
                local.get 22
                local.get 8
                i32.const 4
                i32.add
                i32.load
                local.get 8
                i32.const 8
                i32.add
                i32.load
                local.get 22
                i32.const 4
                i32.add
                i32.load
                local.get 22
                i32.const 8
                i32.add
                i32.load
                call 3
                local.tee 12
                select
                local.tee 14
                i32.load offset=8
                i32.store offset=8
                local.get 18
                local.get 14
                i64.load align=4
                i64.store align=4
                local.get 8
                local.get 12
                i32.const 12
                i32.mul
                i32.add
                local.set 8
                local.get 22
                local.get 12
                i32.const 1
                i32.xor
                i32.const 12
                i32.mul
                i32.add
                local.set 22
                local.get 18
                i32.const 12
                i32.add
                local.set 18
                br 0 (;@6;)
              end
            end
            local.get 23
            local.set 22
            block  ;; label = @5
              loop  ;; label = @6
                local.get 22
                local.get 8
                i32.const -12
                i32.add
                local.tee 12
                local.get 19
                i32.const -12
                i32.add
                local.tee 14
                local.get 19
                i32.const -8
                i32.add
                i32.load
                local.get 19
                i32.const -4
                i32.add
                i32.load
                local.get 8
                i32.const -8
                i32.add
                i32.load
                local.get 8
                i32.const -4
                i32.add
                i32.load
                call 3
                local.tee 8
                select
                local.tee 19
                i32.load offset=8
                i32.store offset=8
                local.get 22
                local.get 19
                i64.load align=4
                i64.store align=4
                local.get 14
                local.get 8
                i32.const 12
                i32.mul
                i32.add
                local.set 19
                local.get 12
                local.get 8
                i32.const 1
                i32.xor
                i32.const 12
                i32.mul
                i32.add
                local.tee 8
                local.get 18
                i32.eq
                br_if 1 (;@5;)
                local.get 22
                i32.const -12
                i32.add
                local.set 22
                local.get 19
                local.get 2
                i32.ne
                br_if 0 (;@6;)
              end
            end
            local.get 8
            local.set 18
            local.get 2
            local.set 22
          end
          local.get 19
          local.get 22
          i32.sub
          local.tee 8
          i32.eqz
          br_if 0 (;@3;)
          local.get 18
          local.get 22
          local.get 8
          memory.copy
        end
        local.get 24
        i32.const 1
        i32.shl
        i32.const 1
        i32.or
        local.set 12
        local.get 20
        local.set 14
        br 0 (;@2;)
      end
    end)
  (func (;17;) (type 3) (param i32 i32)
    block  ;; label = @1
      loop  ;; label = @2
        local.get 1
        i32.eqz
        br_if 1 (;@1;)
        local.get 1
        i32.const -1
        i32.add
        local.set 1
        local.get 0
        call 105
        local.get 0
        i32.const 12
        i32.add
        local.set 0
        br 0 (;@2;)
      end
    end)
  (func (;18;) (type 3) (param i32 i32)
    local.get 0
    local.get 1
    i32.const 4
    i32.const 12
    call 116)
  (func (;19;) (type 4) (param i32 i32 i32 i32)
    local.get 0
    local.get 1
    local.get 2
    local.get 3
    local.get 1
    i32.const 1
    i32.or
    i32.clz
    i32.const 1
    i32.shl
    i32.const 62
    i32.xor
    i32.const 0
    call 20)
  (func (;20;) (type 8) (param i32 i32 i32 i32 i32 i32)
    (local i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32)
    global.get 0
    i32.const 32
    i32.sub
    local.tee 6
    global.set 0
    local.get 2
    i32.const -12
    i32.add
    local.set 7
    block  ;; label = @1
      block  ;; label = @2
        block  ;; label = @3
          loop  ;; label = @4
            block  ;; label = @5
              block  ;; label = @6
                block  ;; label = @7
                  block  ;; label = @8
                    local.get 1
                    i32.const 33
                    i32.lt_u
                    br_if 0 (;@8;)
                    local.get 4
                    br_if 1 (;@7;)
                    local.get 0
                    local.get 1
                    local.get 2
                    local.get 3
                    i32.const 1
                    call 16
                    br 7 (;@1;)
                  end
                  local.get 1
                  i32.const 2
                  i32.lt_u
                  br_if 6 (;@1;)
                  local.get 3
                  local.get 1
                  i32.const 16
                  i32.add
                  i32.lt_u
                  br_if 4 (;@3;)
                  local.get 1
                  i32.const 1
                  i32.shr_u
                  local.set 8
                  local.get 1
                  i32.const 15
                  i32.gt_u
                  br_if 1 (;@6;)
                  local.get 2
                  local.get 8
                  i32.const 12
                  i32.mul
                  local.tee 9
                  i32.add
                  local.set 10
                  local.get 0
                  local.get 9
                  i32.add
                  local.set 9
                  block  ;; label = @8
                    local.get 1
                    i32.const 7
                    i32.le_u
                    br_if 0 (;@8;)
                    local.get 0
                    local.get 2
                    call 11
                    local.get 9
                    local.get 10
                    call 11
                    i32.const 4
                    local.set 11
                    br 6 (;@2;)
                  end
                  local.get 2
                  local.get 0
                  i32.load offset=8
                  i32.store offset=8
                  local.get 2
                  local.get 0
                  i64.load align=4
                  i64.store align=4
                  local.get 10
                  local.get 9
                  i32.load offset=8
                  i32.store offset=8
                  local.get 10
                  local.get 9
                  i64.load align=4
                  i64.store align=4
                  i32.const 1
                  local.set 11
                  br 5 (;@2;)
                end
                local.get 0
                local.get 1
                i32.const 3
                i32.shr_u
                local.tee 12
                i32.const 84
                i32.mul
                i32.add
                local.set 10
                local.get 0
                local.get 12
                i32.const 48
                i32.mul
                i32.add
                local.set 9
                block  ;; label = @7
                  local.get 1
                  i32.const 64
                  i32.lt_u
                  br_if 0 (;@7;)
                  local.get 0
                  local.get 9
                  local.get 10
                  local.get 12
                  call 9
                  local.set 13
                  br 2 (;@5;)
                end
                local.get 0
                local.set 13
                local.get 0
                i32.const 4
                i32.add
                i32.load
                local.tee 12
                local.get 0
                i32.const 8
                i32.add
                i32.load
                local.tee 14
                local.get 9
                i32.const 4
                i32.add
                i32.load
                local.tee 11
                local.get 9
                i32.const 8
                i32.add
                i32.load
                local.tee 8
                call 3
                local.tee 15
                local.get 12
                local.get 14
                local.get 10
                i32.const 4
                i32.add
                i32.load
                local.tee 16
                local.get 10
                i32.const 8
                i32.add
                i32.load
                local.tee 17
                call 3
                i32.ne
                br_if 1 (;@5;)
                local.get 10
                local.get 9
                local.get 15
                local.get 11
                local.get 8
                local.get 16
                local.get 17
                call 3
                i32.xor
                select
                local.set 13
                br 1 (;@5;)
              end
              local.get 0
              local.get 2
              local.get 2
              local.get 1
              i32.const 12
              i32.mul
              i32.add
              local.tee 10
              call 12
              local.get 0
              local.get 8
              i32.const 12
              i32.mul
              local.tee 9
              i32.add
              local.get 2
              local.get 9
              i32.add
              local.get 10
              i32.const 96
              i32.add
              call 12
              i32.const 8
              local.set 11
              br 3 (;@2;)
            end
            local.get 4
            i32.const -1
            i32.add
            local.set 4
            local.get 6
            local.get 13
            i32.load offset=8
            i32.store offset=8
            local.get 6
            local.get 13
            i64.load align=4
            i64.store
            local.get 13
            local.get 0
            i32.sub
            i32.const 12
            i32.div_u
            local.set 18
            block  ;; label = @5
              block  ;; label = @6
                local.get 5
                i32.eqz
                br_if 0 (;@6;)
                local.get 5
                i32.const 4
                i32.add
                i32.load
                local.get 5
                i32.const 8
                i32.add
                i32.load
                local.get 13
                i32.const 4
                i32.add
                i32.load
                local.get 13
                i32.const 8
                i32.add
                i32.load
                call 3
                i32.eqz
                br_if 1 (;@5;)
              end
              local.get 3
              local.get 1
              i32.lt_u
              br_if 2 (;@3;)
              local.get 2
              local.get 1
              i32.const 12
              i32.mul
              local.tee 19
              i32.add
              local.set 9
              i32.const 0
              local.set 12
              local.get 0
              local.set 10
              local.get 18
              local.set 20
              loop  ;; label = @6
                local.get 0
                i32.const 0
                local.get 20
                i32.const -3
                i32.add
                local.tee 14
                local.get 14
                local.get 20
                i32.gt_u
                select
                i32.const 12
                i32.mul
                i32.add
                local.set 17
                block  ;; label = @7
                  loop  ;; label = @8
                    local.get 10
                    local.get 17
                    i32.ge_u
                    br_if 1 (;@7;)
                    local.get 2
                    local.get 9
                    i32.const -12
                    i32.add
                    local.get 10
                    i32.const 4
                    i32.add
                    i32.load
                    local.get 10
                    i32.const 8
                    i32.add
                    local.tee 8
                    i32.load
                    local.get 13
                    i32.const 4
                    i32.add
                    local.tee 14
                    i32.load
                    local.get 13
                    i32.const 8
                    i32.add
                    local.tee 11
                    i32.load
                    call 3
                    local.tee 15
                    select
                    local.get 12
                    i32.const 12
                    i32.mul
                    i32.add
                    local.tee 16
                    local.get 8
                    i32.load
                    i32.store offset=8
                    local.get 16
                    local.get 10
                    i64.load align=4
                    i64.store align=4
                    local.get 2
                    local.get 9
                    i32.const -24
                    i32.add
                    local.get 10
                    i32.const 16
                    i32.add
                    i32.load
                    local.get 10
                    i32.const 20
                    i32.add
                    local.tee 8
                    i32.load
                    local.get 14
                    i32.load
                    local.get 11
                    i32.load
                    call 3
                    local.tee 16
                    select
                    local.get 12
                    local.get 15
                    i32.add
                    local.tee 12
                    i32.const 12
                    i32.mul
                    i32.add
                    local.tee 15
                    local.get 8
                    i32.load
                    i32.store offset=8
                    local.get 15
                    local.get 10
                    i32.const 12
                    i32.add
                    i64.load align=4
                    i64.store align=4
                    local.get 2
                    local.get 9
                    i32.const -36
                    i32.add
                    local.get 10
                    i32.const 28
                    i32.add
                    i32.load
                    local.get 10
                    i32.const 32
                    i32.add
                    local.tee 8
                    i32.load
                    local.get 14
                    i32.load
                    local.get 11
                    i32.load
                    call 3
                    local.tee 15
                    select
                    local.get 12
                    local.get 16
                    i32.add
                    local.tee 12
                    i32.const 12
                    i32.mul
                    i32.add
                    local.tee 16
                    local.get 8
                    i32.load
                    i32.store offset=8
                    local.get 16
                    local.get 10
                    i32.const 24
                    i32.add
                    i64.load align=4
                    i64.store align=4
                    local.get 2
                    local.get 9
                    i32.const -48
                    i32.add
                    local.tee 9
                    local.get 10
                    i32.const 40
                    i32.add
                    i32.load
                    local.get 10
                    i32.const 44
                    i32.add
                    local.tee 8
                    i32.load
                    local.get 14
                    i32.load
                    local.get 11
                    i32.load
                    call 3
                    local.tee 14
                    select
                    local.get 12
                    local.get 15
                    i32.add
                    local.tee 12
                    i32.const 12
                    i32.mul
                    i32.add
                    local.tee 11
                    local.get 8
                    i32.load
                    i32.store offset=8
                    local.get 11
                    local.get 10
                    i32.const 36
                    i32.add
                    i64.load align=4
                    i64.store align=4
                    local.get 12
                    local.get 14
                    i32.add
                    local.set 12
                    local.get 10
                    i32.const 48
                    i32.add
                    local.set 10
                    br 0 (;@8;)
                  end
                end
                local.get 0
                local.get 20
                i32.const 12
                i32.mul
                i32.add
                local.set 15
                loop  ;; label = @7
                  block  ;; label = @8
                    local.get 10
                    local.get 15
                    i32.lt_u
                    br_if 0 (;@8;)
                    block  ;; label = @9
                      local.get 20
                      local.get 1
                      i32.eq
                      br_if 0 (;@9;)
                      local.get 9
                      i32.const -12
                      i32.add
                      local.tee 9
                      local.get 12
                      i32.const 12
                      i32.mul
                      i32.add
                      local.tee 14
                      local.get 10
                      i32.load offset=8
                      i32.store offset=8
                      local.get 14
                      local.get 10
                      i64.load align=4
                      i64.store align=4
                      local.get 10
                      i32.const 12
                      i32.add
                      local.set 10
                      local.get 1
                      local.set 20
                      br 3 (;@6;)
                    end
                    block  ;; label = @9
                      local.get 12
                      i32.const 12
                      i32.mul
                      local.tee 9
                      i32.eqz
                      br_if 0 (;@9;)
                      local.get 0
                      local.get 2
                      local.get 9
                      memory.copy
                    end
                    local.get 7
                    local.get 19
                    i32.add
                    local.set 10
                    local.get 0
                    local.get 9
                    i32.add
                    local.set 9
                    local.get 12
                    local.set 14
                    block  ;; label = @9
                      loop  ;; label = @10
                        local.get 1
                        local.get 14
                        i32.eq
                        br_if 1 (;@9;)
                        local.get 9
                        local.get 10
                        i32.load offset=8
                        i32.store offset=8
                        local.get 9
                        local.get 10
                        i64.load align=4
                        i64.store align=4
                        local.get 14
                        i32.const 1
                        i32.add
                        local.set 14
                        local.get 9
                        i32.const 12
                        i32.add
                        local.set 9
                        local.get 10
                        i32.const -12
                        i32.add
                        local.set 10
                        br 0 (;@10;)
                      end
                    end
                    local.get 12
                    i32.eqz
                    br_if 3 (;@5;)
                    local.get 6
                    i32.const 16
                    i32.add
                    local.get 0
                    local.get 1
                    local.get 12
                    i32.const 66856
                    call 7
                    local.get 6
                    i32.load offset=20
                    local.set 1
                    local.get 6
                    i32.load offset=16
                    local.set 0
                    local.get 6
                    i32.load offset=24
                    local.get 6
                    i32.load offset=28
                    local.get 2
                    local.get 3
                    local.get 4
                    local.get 6
                    call 20
                    br 4 (;@4;)
                  end
                  local.get 2
                  local.get 9
                  i32.const -12
                  i32.add
                  local.tee 9
                  local.get 10
                  i32.const 4
                  i32.add
                  i32.load
                  local.get 10
                  i32.const 8
                  i32.add
                  local.tee 14
                  i32.load
                  local.get 13
                  i32.const 4
                  i32.add
                  i32.load
                  local.get 13
                  i32.const 8
                  i32.add
                  i32.load
                  call 3
                  local.tee 11
                  select
                  local.get 12
                  i32.const 12
                  i32.mul
                  i32.add
                  local.tee 8
                  local.get 14
                  i32.load
                  i32.store offset=8
                  local.get 8
                  local.get 10
                  i64.load align=4
                  i64.store align=4
                  local.get 12
                  local.get 11
                  i32.add
                  local.set 12
                  local.get 10
                  i32.const 12
                  i32.add
                  local.set 10
                  br 0 (;@7;)
                end
              end
            end
            local.get 3
            local.get 1
            i32.lt_u
            br_if 1 (;@3;)
            local.get 2
            local.get 1
            i32.const 12
            i32.mul
            local.tee 20
            i32.add
            local.set 9
            i32.const 0
            local.set 12
            local.get 0
            local.set 10
            loop  ;; label = @5
              local.get 0
              i32.const 0
              local.get 18
              i32.const -3
              i32.add
              local.tee 14
              local.get 14
              local.get 18
              i32.gt_u
              select
              i32.const 12
              i32.mul
              i32.add
              local.set 17
              block  ;; label = @6
                loop  ;; label = @7
                  local.get 10
                  local.get 17
                  i32.ge_u
                  br_if 1 (;@6;)
                  local.get 2
                  local.get 9
                  i32.const -12
                  i32.add
                  local.get 10
                  i32.const 4
                  i32.add
                  i32.load
                  local.get 10
                  i32.const 8
                  i32.add
                  local.tee 8
                  i32.load
                  local.get 13
                  i32.const 4
                  i32.add
                  local.tee 14
                  i32.load
                  local.get 13
                  i32.const 8
                  i32.add
                  local.tee 11
                  i32.load
                  call 22
                  local.tee 15
                  select
                  local.get 12
                  i32.const 12
                  i32.mul
                  i32.add
                  local.tee 16
                  local.get 8
                  i32.load
                  i32.store offset=8
                  local.get 16
                  local.get 10
                  i64.load align=4
                  i64.store align=4
                  local.get 2
                  local.get 9
                  i32.const -24
                  i32.add
                  local.get 10
                  i32.const 16
                  i32.add
                  i32.load
                  local.get 10
                  i32.const 20
                  i32.add
                  local.tee 8
                  i32.load
                  local.get 14
                  i32.load
                  local.get 11
                  i32.load
                  call 22
                  local.tee 16
                  select
                  local.get 12
                  local.get 15
                  i32.add
                  local.tee 12
                  i32.const 12
                  i32.mul
                  i32.add
                  local.tee 15
                  local.get 8
                  i32.load
                  i32.store offset=8
                  local.get 15
                  local.get 10
                  i32.const 12
                  i32.add
                  i64.load align=4
                  i64.store align=4
                  local.get 2
                  local.get 9
                  i32.const -36
                  i32.add
                  local.get 10
                  i32.const 28
                  i32.add
                  i32.load
                  local.get 10
                  i32.const 32
                  i32.add
                  local.tee 8
                  i32.load
                  local.get 14
                  i32.load
                  local.get 11
                  i32.load
                  call 22
                  local.tee 15
                  select
                  local.get 12
                  local.get 16
                  i32.add
                  local.tee 12
                  i32.const 12
                  i32.mul
                  i32.add
                  local.tee 16
                  local.get 8
                  i32.load
                  i32.store offset=8
                  local.get 16
                  local.get 10
                  i32.const 24
                  i32.add
                  i64.load align=4
                  i64.store align=4
                  local.get 2
                  local.get 9
                  i32.const -48
                  i32.add
                  local.tee 9
                  local.get 10
                  i32.const 40
                  i32.add
                  i32.load
                  local.get 10
                  i32.const 44
                  i32.add
                  local.tee 8
                  i32.load
                  local.get 14
                  i32.load
                  local.get 11
                  i32.load
                  call 22
                  local.tee 14
                  select
                  local.get 12
                  local.get 15
                  i32.add
                  local.tee 12
                  i32.const 12
                  i32.mul
                  i32.add
                  local.tee 11
                  local.get 8
                  i32.load
                  i32.store offset=8
                  local.get 11
                  local.get 10
                  i32.const 36
                  i32.add
                  i64.load align=4
                  i64.store align=4
                  local.get 12
                  local.get 14
                  i32.add
                  local.set 12
                  local.get 10
                  i32.const 48
                  i32.add
                  local.set 10
                  br 0 (;@7;)
                end
              end
              local.get 0
              local.get 18
              i32.const 12
              i32.mul
              i32.add
              local.set 15
              loop  ;; label = @6
                block  ;; label = @7
                  local.get 10
                  local.get 15
                  i32.lt_u
                  br_if 0 (;@7;)
                  block  ;; label = @8
                    local.get 18
                    local.get 1
                    i32.eq
                    br_if 0 (;@8;)
                    local.get 2
                    local.get 12
                    i32.const 12
                    i32.mul
                    i32.add
                    local.tee 14
                    local.get 10
                    i32.load offset=8
                    i32.store offset=8
                    local.get 14
                    local.get 10
                    i64.load align=4
                    i64.store align=4
                    local.get 10
                    i32.const 12
                    i32.add
                    local.set 10
                    local.get 12
                    i32.const 1
                    i32.add
                    local.set 12
                    local.get 9
                    i32.const -12
                    i32.add
                    local.set 9
                    local.get 1
                    local.set 18
                    br 3 (;@5;)
                  end
                  block  ;; label = @8
                    local.get 12
                    i32.const 12
                    i32.mul
                    local.tee 9
                    i32.eqz
                    br_if 0 (;@8;)
                    local.get 0
                    local.get 2
                    local.get 9
                    memory.copy
                  end
                  local.get 7
                  local.get 20
                  i32.add
                  local.set 10
                  local.get 1
                  local.get 12
                  i32.sub
                  local.tee 14
                  local.set 13
                  local.get 0
                  local.get 9
                  i32.add
                  local.tee 0
                  local.set 9
                  block  ;; label = @8
                    loop  ;; label = @9
                      local.get 13
                      i32.eqz
                      br_if 1 (;@8;)
                      local.get 9
                      local.get 10
                      i32.load offset=8
                      i32.store offset=8
                      local.get 9
                      local.get 10
                      i64.load align=4
                      i64.store align=4
                      local.get 13
                      i32.const -1
                      i32.add
                      local.set 13
                      local.get 9
                      i32.const 12
                      i32.add
                      local.set 9
                      local.get 10
                      i32.const -12
                      i32.add
                      local.set 10
                      br 0 (;@9;)
                    end
                  end
                  block  ;; label = @8
                    local.get 1
                    local.get 12
                    i32.lt_u
                    br_if 0 (;@8;)
                    i32.const 0
                    local.set 5
                    local.get 14
                    local.set 1
                    br 4 (;@4;)
                  end
                  local.get 12
                  local.get 1
                  local.get 1
                  i32.const 66872
                  call 23
                  unreachable
                end
                local.get 2
                local.get 9
                i32.const -12
                i32.add
                local.tee 9
                local.get 10
                i32.const 4
                i32.add
                i32.load
                local.get 10
                i32.const 8
                i32.add
                local.tee 14
                i32.load
                local.get 13
                i32.const 4
                i32.add
                i32.load
                local.get 13
                i32.const 8
                i32.add
                i32.load
                call 22
                local.tee 11
                select
                local.get 12
                i32.const 12
                i32.mul
                i32.add
                local.tee 8
                local.get 14
                i32.load
                i32.store offset=8
                local.get 8
                local.get 10
                i64.load align=4
                i64.store align=4
                local.get 12
                local.get 11
                i32.add
                local.set 12
                local.get 10
                i32.const 12
                i32.add
                local.set 10
                br 0 (;@6;)
              end
            end
          end
        end
        unreachable
      end
      i32.const 0
      local.set 14
      local.get 6
      i32.const 0
      i32.store offset=24
      i32.const 0
      local.get 11
      i32.sub
      local.set 15
      local.get 2
      local.get 11
      i32.const 12
      i32.mul
      local.tee 10
      i32.add
      local.set 16
      local.get 0
      local.get 10
      i32.add
      local.set 17
      local.get 6
      local.get 8
      i32.store offset=28
      local.get 1
      local.get 8
      i32.sub
      local.set 20
      local.get 6
      i32.const 24
      i32.add
      local.set 18
      loop  ;; label = @2
        block  ;; label = @3
          block  ;; label = @4
            local.get 14
            i32.const 2
            i32.eq
            br_if 0 (;@4;)
            local.get 15
            local.get 20
            local.get 8
            local.get 18
            local.get 14
            i32.const 2
            i32.shl
            i32.add
            i32.load
            local.tee 10
            select
            local.tee 9
            local.get 11
            local.get 9
            local.get 11
            i32.gt_u
            select
            i32.add
            local.set 12
            local.get 16
            local.get 10
            i32.const 12
            i32.mul
            local.tee 13
            i32.add
            local.set 10
            local.get 17
            local.get 13
            i32.add
            local.set 9
            local.get 2
            local.get 13
            i32.add
            local.set 13
            loop  ;; label = @5
              local.get 12
              i32.eqz
              br_if 2 (;@3;)
              local.get 10
              local.get 9
              i32.load offset=8
              i32.store offset=8
              local.get 10
              local.get 9
              i64.load align=4
              i64.store align=4
              local.get 13
              local.get 10
              call 10
              local.get 12
              i32.const -1
              i32.add
              local.set 12
              local.get 10
              i32.const 12
              i32.add
              local.set 10
              local.get 9
              i32.const 12
              i32.add
              local.set 9
              br 0 (;@5;)
            end
          end
          local.get 2
          local.get 1
          local.get 0
          call 13
          br 2 (;@1;)
        end
        local.get 14
        i32.const 1
        i32.add
        local.set 14
        br 0 (;@2;)
      end
    end
    local.get 6
    i32.const 32
    i32.add
    global.set 0)
  (func (;21;) (type 0) (param i32 i32 i32)
    (local i32 i64)
    global.get 0
    i32.const 32
    i32.sub
    local.tee 3
    global.set 0
    local.get 3
    local.get 1
    i32.store offset=12
    local.get 3
    local.get 0
    i32.store offset=8
    local.get 3
    i32.const 1
    i64.extend_i32_u
    i64.const 32
    i64.shl
    local.tee 4
    local.get 3
    i32.const 8
    i32.add
    i64.extend_i32_u
    i64.or
    i64.store offset=24
    local.get 3
    local.get 4
    local.get 3
    i32.const 12
    i32.add
    i64.extend_i32_u
    i64.or
    i64.store offset=16
    i32.const 65593
    local.get 3
    i32.const 16
    i32.add
    local.get 2
    call 8
    unreachable)
  (func (;22;) (type 5) (param i32 i32 i32 i32) (result i32)
    local.get 2
    local.get 3
    local.get 0
    local.get 1
    call 3
    i32.const 1
    i32.xor)
  (func (;23;) (type 4) (param i32 i32 i32 i32)
    (local i32 i64)
    global.get 0
    i32.const 32
    i32.sub
    local.tee 4
    global.set 0
    block  ;; label = @1
      block  ;; label = @2
        block  ;; label = @3
          local.get 0
          local.get 2
          i32.gt_u
          br_if 0 (;@3;)
          local.get 1
          local.get 2
          i32.gt_u
          br_if 1 (;@2;)
          i32.const 1
          i64.extend_i32_u
          i64.const 32
          i64.shl
          local.set 5
          local.get 0
          local.get 1
          i32.le_u
          br_if 2 (;@1;)
          local.get 4
          local.get 0
          i32.store offset=8
          local.get 4
          local.get 1
          i32.store offset=12
          local.get 4
          local.get 5
          local.get 4
          i32.const 12
          i32.add
          i64.extend_i32_u
          i64.or
          i64.store offset=24
          local.get 4
          local.get 5
          local.get 4
          i32.const 8
          i32.add
          i64.extend_i32_u
          i64.or
          i64.store offset=16
          i32.const 65553
          local.get 4
          i32.const 16
          i32.add
          local.get 3
          call 8
          unreachable
        end
        local.get 4
        local.get 0
        i32.store offset=8
        local.get 4
        local.get 2
        i32.store offset=12
        local.get 4
        i32.const 1
        i64.extend_i32_u
        i64.const 32
        i64.shl
        local.tee 5
        local.get 4
        i32.const 12
        i32.add
        i64.extend_i32_u
        i64.or
        i64.store offset=24
        local.get 4
        local.get 5
        local.get 4
        i32.const 8
        i32.add
        i64.extend_i32_u
        i64.or
        i64.store offset=16
        i32.const 65648
        local.get 4
        i32.const 16
        i32.add
        local.get 3
        call 8
        unreachable
      end
      local.get 4
      local.get 1
      i32.store offset=8
      local.get 4
      local.get 2
      i32.store offset=12
      local.get 4
      i32.const 1
      i64.extend_i32_u
      i64.const 32
      i64.shl
      local.tee 5
      local.get 4
      i32.const 12
      i32.add
      i64.extend_i32_u
      i64.or
      i64.store offset=24
      local.get 4
      local.get 5
      local.get 4
      i32.const 8
      i32.add
      i64.extend_i32_u
      i64.or
      i64.store offset=16
      i32.const 65705
      local.get 4
      i32.const 16
      i32.add
      local.get 3
      call 8
      unreachable
    end
    local.get 4
    local.get 1
    i32.store offset=8
    local.get 4
    local.get 2
    i32.store offset=12
    local.get 4
    local.get 5
    local.get 4
    i32.const 12
    i32.add
    i64.extend_i32_u
    i64.or
    i64.store offset=24
    local.get 4
    local.get 5
    local.get 4
    i32.const 8
    i32.add
    i64.extend_i32_u
    i64.or
    i64.store offset=16
    i32.const 65705
    local.get 4
    i32.const 16
    i32.add
    local.get 3
    call 8
    unreachable)
  (func (;24;) (type 3) (param i32 i32)
    (local i32)
    block  ;; label = @1
      block  ;; label = @2
        local.get 1
        br_if 0 (;@2;)
        i32.const 0
        local.set 1
        br 1 (;@1;)
      end
      local.get 1
      i32.const 100
      i32.add
      i32.load
      local.set 2
      local.get 1
      i32.const 96
      i32.add
      i32.load
      local.set 1
    end
    local.get 0
    local.get 2
    i32.store offset=4
    local.get 0
    local.get 1
    i32.store)
  (func (;25;) (type 4) (param i32 i32 i32 i32)
    (local i32 i64 i32)
    global.get 0
    i32.const 16
    i32.sub
    local.tee 4
    global.set 0
    block  ;; label = @1
      block  ;; label = @2
        block  ;; label = @3
          block  ;; label = @4
            local.get 3
            i64.extend_i32_u
            local.get 1
            i64.extend_i32_u
            i64.mul
            local.tee 5
            i64.const 32
            i64.shr_u
            i32.wrap_i64
            br_if 0 (;@4;)
            local.get 5
            i32.wrap_i64
            local.tee 3
            i32.const -2147483648
            local.get 2
            i32.sub
            i32.gt_u
            br_if 0 (;@4;)
            local.get 3
            br_if 1 (;@3;)
            local.get 0
            local.get 2
            i32.store offset=8
            i32.const 0
            local.set 2
            local.get 0
            i32.const 0
            i32.store offset=4
            br 3 (;@1;)
          end
          local.get 0
          i32.const 0
          i32.store offset=4
          br 1 (;@2;)
        end
        local.get 4
        i32.const 8
        i32.add
        local.get 2
        local.get 3
        call 143
        block  ;; label = @3
          local.get 4
          i32.load offset=8
          local.tee 6
          i32.eqz
          br_if 0 (;@3;)
          local.get 0
          local.get 6
          i32.store offset=8
          local.get 0
          local.get 1
          i32.store offset=4
          i32.const 0
          local.set 2
          br 2 (;@1;)
        end
        local.get 0
        local.get 3
        i32.store offset=8
        local.get 0
        local.get 2
        i32.store offset=4
      end
      i32.const 1
      local.set 2
    end
    local.get 0
    local.get 2
    i32.store
    local.get 4
    i32.const 16
    i32.add
    global.set 0)
  (func (;26;) (type 3) (param i32 i32)
    block  ;; label = @1
      local.get 0
      i32.eqz
      br_if 0 (;@1;)
      local.get 0
      local.get 1
      call 36
      unreachable
    end
    call 37
    unreachable)
  (func (;27;) (type 9) (result i32)
    i32.const 1)
  (func (;28;) (type 10) (param i32) (result i32)
    (local i32 i32)
    global.get 0
    i32.const 16
    i32.sub
    local.tee 1
    global.set 0
    memory.size
    local.set 2
    i32.const 0
    i32.const 82464
    i32.store offset=82432
    i32.const 0
    local.get 2
    i32.const 16
    i32.shl
    i32.store offset=82436
    block  ;; label = @1
      block  ;; label = @2
        block  ;; label = @3
          block  ;; label = @4
            block  ;; label = @5
              block  ;; label = @6
                i32.const 0
                i32.load8_u offset=82428
                br_table 0 (;@6;) 3 (;@3;) 4 (;@2;) 1 (;@5;) 0 (;@6;)
              end
              i32.const 0
              i32.const 2
              i32.store8 offset=82428
              block  ;; label = @6
                i32.const 0
                i32.load offset=82456
                i32.const 2147483647
                i32.and
                i32.eqz
                br_if 0 (;@6;)
                call 29
                i32.eqz
                br_if 2 (;@4;)
              end
              i32.const 0
              i32.load offset=82448
              br_if 4 (;@1;)
              i32.const 0
              i32.const 3
              i32.store8 offset=82428
              i32.const 0
              i32.const 1
              i32.store offset=82452
            end
            local.get 1
            i32.const 4
            i32.add
            local.get 0
            i32.const 1
            local.get 0
            i32.const 1
            i32.gt_s
            select
            call 30
            local.get 1
            i32.load offset=8
            local.set 0
            local.get 1
            i32.const 16
            i32.add
            global.set 0
            local.get 0
            return
          end
          i32.const 82316
          i32.const 105
          i32.const 82368
          call 8
          unreachable
        end
        i32.const 81965
        i32.const 85
        i32.const 80232
        call 8
        unreachable
      end
      i32.const 82007
      i32.const 113
      i32.const 80232
      call 8
    end
    unreachable)
  (func (;29;) (type 9) (result i32)
    i32.const 0
    i32.load offset=82440
    i32.eqz)
  (func (;30;) (type 3) (param i32 i32)
    (local i32 i64)
    global.get 0
    i32.const 16
    i32.sub
    local.tee 2
    global.set 0
    local.get 2
    i32.const 8
    i32.add
    local.get 1
    i32.const 1
    i32.const 1
    call 72
    local.get 2
    i64.load offset=8
    local.set 3
    local.get 0
    i32.const 0
    i32.store offset=8
    local.get 0
    local.get 3
    i64.store align=4
    local.get 2
    i32.const 16
    i32.add
    global.set 0)
  (func (;31;) (type 11) (param i32 i32) (result i64)
    local.get 0
    local.get 1
    i32.const 2
    call 33)
  (func (;32;) (type 0) (param i32 i32 i32)
    (local i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i64 i32 i32 i32 f64 f64 i64 i32 i64 i32 i32 i64 i64)
    global.get 0
    i32.const 848
    i32.sub
    local.tee 3
    global.set 0
    local.get 3
    i32.const 0
    i32.store offset=100
    local.get 3
    local.get 2
    i32.store offset=96
    local.get 3
    local.get 1
    i32.store offset=92
    local.get 3
    i32.const 82232
    i32.store offset=152
    local.get 3
    i32.const -2147483647
    i32.store offset=140
    local.get 3
    i32.const -2147483647
    i32.store offset=128
    local.get 3
    i64.const 1
    i64.store offset=120 align=4
    local.get 3
    i64.const 2
    i64.store offset=156 align=4
    local.get 3
    i64.const 0
    i64.store offset=112 align=4
    local.get 3
    i64.const 34359738368
    i64.store offset=104 align=4
    local.get 3
    i32.const 0
    i32.store offset=164
    local.get 3
    i32.const 504
    i32.add
    local.get 3
    i32.const 92
    i32.add
    i32.const 123
    call 78
    local.get 3
    i32.const 140
    i32.add
    local.set 4
    local.get 3
    i32.const 128
    i32.add
    local.set 5
    local.get 3
    i32.const 116
    i32.add
    local.set 6
    block  ;; label = @1
      block  ;; label = @2
        block  ;; label = @3
          block  ;; label = @4
            block  ;; label = @5
              block  ;; label = @6
                block  ;; label = @7
                  local.get 3
                  i32.load offset=504
                  local.tee 2
                  i32.const -2147483648
                  i32.eq
                  br_if 0 (;@7;)
                  local.get 3
                  local.get 3
                  i32.load offset=516
                  i32.store offset=180
                  local.get 3
                  local.get 3
                  i64.load offset=508 align=4
                  i64.store offset=172 align=4
                  br 1 (;@6;)
                end
                local.get 3
                i32.const 88
                i32.add
                local.get 3
                i32.const 92
                i32.add
                call 79
                block  ;; label = @7
                  local.get 3
                  i32.load8_u offset=88
                  i32.eqz
                  br_if 0 (;@7;)
                  local.get 3
                  i32.load8_u offset=89
                  i32.const 255
                  i32.and
                  i32.const 125
                  i32.eq
                  br_if 2 (;@5;)
                end
                local.get 3
                i32.const 360
                i32.add
                i32.const 5
                i32.add
                local.set 7
                local.get 3
                i32.const 504
                i32.add
                i32.const 9
                i32.add
                local.set 8
                local.get 3
                i32.const 360
                i32.add
                i32.const 24
                i32.add
                local.set 9
                local.get 3
                i32.const 216
                i32.add
                i32.const 24
                i32.add
                local.set 10
                local.get 3
                i32.const 216
                i32.add
                i32.const 8
                i32.add
                local.set 11
                local.get 3
                i32.const 216
                i32.add
                i32.const 12
                i32.add
                local.set 12
                local.get 3
                i32.const 656
                i32.add
                i32.const 5
                i32.add
                local.set 13
                local.get 3
                i32.const 824
                i32.add
                i32.const 5
                i32.add
                local.set 14
                local.get 3
                i32.const 824
                i32.add
                i32.const 4
                i32.add
                local.set 15
                local.get 3
                i32.const 768
                i32.add
                i32.const 5
                i32.add
                local.set 16
                local.get 3
                i32.const 824
                i32.add
                i32.const 12
                i32.add
                local.set 17
                local.get 3
                i32.const 808
                i32.add
                i32.const 4
                i32.add
                local.set 18
                local.get 3
                i32.const 768
                i32.add
                i32.const 4
                i32.add
                local.set 19
                local.get 3
                i32.const 752
                i32.add
                i32.const 5
                i32.add
                local.set 20
                local.get 3
                i32.const 808
                i32.add
                i32.const 5
                i32.or
                local.set 21
                local.get 3
                i32.const 824
                i32.add
                i32.const 9
                i32.add
                local.set 22
                local.get 3
                i32.const 752
                i32.add
                i32.const 4
                i32.add
                local.set 23
                local.get 3
                i32.const 704
                i32.add
                i32.const 5
                i32.or
                local.set 24
                local.get 3
                i32.const 688
                i32.add
                i32.const 4
                i32.add
                local.set 25
                local.get 3
                i32.const 656
                i32.add
                i32.const 4
                i32.add
                local.set 26
                local.get 3
                i32.const 584
                i32.add
                local.set 27
                local.get 3
                i32.const 536
                i32.add
                local.set 28
                local.get 3
                i32.const 628
                i32.add
                local.set 29
                local.get 3
                i32.const 620
                i32.add
                local.set 30
                local.get 3
                i32.const 608
                i32.add
                local.set 31
                local.get 3
                i32.const 596
                i32.add
                local.set 32
                local.get 3
                i32.const 200
                i32.add
                i32.const 4
                i32.add
                local.set 1
                local.get 3
                i32.const 504
                i32.add
                i32.const 4
                i32.add
                local.set 33
                local.get 3
                i32.const 824
                i32.add
                i32.const 7
                i32.add
                local.set 34
                block  ;; label = @7
                  loop  ;; label = @8
                    local.get 3
                    i32.const 80
                    i32.add
                    local.get 3
                    i32.const 92
                    i32.add
                    call 79
                    block  ;; label = @9
                      block  ;; label = @10
                        block  ;; label = @11
                          block  ;; label = @12
                            block  ;; label = @13
                              block  ;; label = @14
                                block  ;; label = @15
                                  block  ;; label = @16
                                    block  ;; label = @17
                                      local.get 3
                                      i32.load8_u offset=80
                                      i32.eqz
                                      br_if 0 (;@17;)
                                      local.get 3
                                      i32.load8_u offset=81
                                      i32.const 255
                                      i32.and
                                      i32.const 34
                                      i32.ne
                                      br_if 0 (;@17;)
                                      local.get 3
                                      i32.const 504
                                      i32.add
                                      local.get 3
                                      i32.const 92
                                      i32.add
                                      call 80
                                      local.get 3
                                      local.get 33
                                      i64.load align=4
                                      i64.store offset=360
                                      local.get 3
                                      local.get 33
                                      i32.load offset=8
                                      i32.store offset=368
                                      block  ;; label = @18
                                        local.get 3
                                        i32.load offset=504
                                        local.tee 2
                                        i32.const -2147483648
                                        i32.eq
                                        br_if 0 (;@18;)
                                        local.get 3
                                        local.get 3
                                        i32.load offset=368
                                        i32.store offset=180
                                        local.get 3
                                        local.get 3
                                        i64.load offset=360
                                        i64.store offset=172 align=4
                                        br 11 (;@7;)
                                      end
                                      local.get 3
                                      local.get 3
                                      i32.load offset=368
                                      i32.store offset=192
                                      local.get 3
                                      local.get 3
                                      i64.load offset=360
                                      i64.store offset=184
                                      local.get 3
                                      i32.const 504
                                      i32.add
                                      local.get 3
                                      i32.const 92
                                      i32.add
                                      i32.const 58
                                      call 78
                                      block  ;; label = @18
                                        local.get 3
                                        i32.load offset=504
                                        local.tee 2
                                        i32.const -2147483648
                                        i32.eq
                                        br_if 0 (;@18;)
                                        local.get 3
                                        local.get 3
                                        i32.load offset=516
                                        i32.store offset=180
                                        local.get 3
                                        local.get 3
                                        i64.load offset=508 align=4
                                        i64.store offset=172 align=4
                                        local.get 3
                                        i32.const 184
                                        i32.add
                                        call 81
                                        br 11 (;@7;)
                                      end
                                      local.get 1
                                      local.get 3
                                      i32.load offset=192
                                      i32.store offset=8
                                      local.get 1
                                      local.get 3
                                      i64.load offset=184
                                      i64.store align=4
                                      local.get 3
                                      local.get 3
                                      i32.const 92
                                      i32.add
                                      i32.store offset=200
                                      local.get 3
                                      i32.load offset=208
                                      local.tee 2
                                      local.get 3
                                      i32.load offset=212
                                      local.tee 35
                                      i32.const 80187
                                      i32.const 3
                                      call 82
                                      br_if 1 (;@16;)
                                      local.get 2
                                      local.get 35
                                      i32.const 80190
                                      i32.const 8
                                      call 82
                                      br_if 2 (;@15;)
                                      local.get 2
                                      local.get 35
                                      i32.const 80198
                                      i32.const 6
                                      call 82
                                      br_if 3 (;@14;)
                                      local.get 2
                                      local.get 35
                                      i32.const 80204
                                      i32.const 14
                                      call 82
                                      br_if 4 (;@13;)
                                      local.get 2
                                      local.get 35
                                      i32.const 80218
                                      i32.const 6
                                      call 82
                                      br_if 5 (;@12;)
                                      block  ;; label = @18
                                        local.get 2
                                        local.get 35
                                        i32.const 80224
                                        i32.const 5
                                        call 82
                                        br_if 0 (;@18;)
                                        local.get 3
                                        i32.const 504
                                        i32.add
                                        local.get 3
                                        i32.const 92
                                        i32.add
                                        call 83
                                        local.get 3
                                        i32.load offset=504
                                        local.tee 2
                                        i32.const -2147483648
                                        i32.eq
                                        br_if 7 (;@11;)
                                        br 8 (;@10;)
                                      end
                                      local.get 3
                                      i32.const 504
                                      i32.add
                                      local.get 3
                                      i32.const 164
                                      i32.add
                                      local.get 3
                                      i32.load offset=100
                                      i32.const 5
                                      i32.const 80224
                                      i32.const 5
                                      call 84
                                      local.get 3
                                      i32.load offset=504
                                      local.tee 2
                                      i32.const -2147483648
                                      i32.ne
                                      br_if 7 (;@10;)
                                      local.get 3
                                      i32.const 504
                                      i32.add
                                      local.get 3
                                      i32.const 92
                                      i32.add
                                      i32.const 91
                                      call 78
                                      block  ;; label = @18
                                        local.get 3
                                        i32.load offset=504
                                        local.tee 2
                                        i32.const -2147483648
                                        i32.eq
                                        br_if 0 (;@18;)
                                        local.get 3
                                        i32.load16_u offset=509 align=1
                                        local.get 3
                                        i32.const 504
                                        i32.add
                                        i32.const 7
                                        i32.add
                                        i32.load8_u
                                        i32.const 16
                                        i32.shl
                                        i32.or
                                        local.set 36
                                        local.get 3
                                        i64.load offset=512 align=4
                                        local.set 37
                                        local.get 3
                                        i32.load8_u offset=508
                                        local.set 38
                                        br 9 (;@9;)
                                      end
                                      local.get 3
                                      i32.const 72
                                      i32.add
                                      local.get 3
                                      i32.const 92
                                      i32.add
                                      call 79
                                      block  ;; label = @18
                                        local.get 3
                                        i32.load8_u offset=72
                                        i32.eqz
                                        br_if 0 (;@18;)
                                        local.get 3
                                        i32.load8_u offset=73
                                        i32.const 255
                                        i32.and
                                        i32.const 93
                                        i32.ne
                                        br_if 0 (;@18;)
                                        local.get 3
                                        local.get 3
                                        i32.load offset=100
                                        i32.const 1
                                        i32.add
                                        i32.store offset=100
                                        br 7 (;@11;)
                                      end
                                      loop  ;; label = @18
                                        local.get 3
                                        i64.const 4294967296
                                        i64.store offset=620 align=4
                                        local.get 3
                                        i64.const 1
                                        i64.store offset=612 align=4
                                        local.get 3
                                        i64.const 0
                                        i64.store offset=604 align=4
                                        local.get 3
                                        i64.const 4294967296
                                        i64.store offset=596 align=4
                                        local.get 3
                                        i64.const 0
                                        i64.store offset=504
                                        local.get 28
                                        i32.const 0
                                        i32.const 52
                                        memory.fill
                                        local.get 29
                                        i64.const 0
                                        i64.store offset=6 align=2
                                        local.get 29
                                        i64.const 0
                                        i64.store align=4
                                        local.get 3
                                        i64.const 4
                                        i64.store offset=588 align=4
                                        local.get 3
                                        i32.const 0
                                        i32.store offset=652
                                        local.get 3
                                        i32.const 824
                                        i32.add
                                        local.get 3
                                        i32.const 92
                                        i32.add
                                        i32.const 123
                                        call 78
                                        block  ;; label = @19
                                          block  ;; label = @20
                                            block  ;; label = @21
                                              block  ;; label = @22
                                                block  ;; label = @23
                                                  block  ;; label = @24
                                                    block  ;; label = @25
                                                      block  ;; label = @26
                                                        local.get 3
                                                        i32.load offset=824
                                                        local.tee 2
                                                        i32.const -2147483648
                                                        i32.eq
                                                        br_if 0 (;@26;)
                                                        local.get 26
                                                        local.get 15
                                                        i32.load offset=8
                                                        i32.store offset=8
                                                        local.get 26
                                                        local.get 15
                                                        i64.load align=4
                                                        i64.store align=4
                                                        br 1 (;@25;)
                                                      end
                                                      local.get 3
                                                      i32.const 64
                                                      i32.add
                                                      local.get 3
                                                      i32.const 92
                                                      i32.add
                                                      call 79
                                                      block  ;; label = @26
                                                        local.get 3
                                                        i32.load8_u offset=64
                                                        i32.eqz
                                                        br_if 0 (;@26;)
                                                        local.get 3
                                                        i32.load8_u offset=65
                                                        i32.const 255
                                                        i32.and
                                                        i32.const 125
                                                        i32.eq
                                                        br_if 3 (;@23;)
                                                      end
                                                      block  ;; label = @26
                                                        loop  ;; label = @27
                                                          local.get 3
                                                          i32.const 56
                                                          i32.add
                                                          local.get 3
                                                          i32.const 92
                                                          i32.add
                                                          call 79
                                                          block  ;; label = @28
                                                            block  ;; label = @29
                                                              block  ;; label = @30
                                                                block  ;; label = @31
                                                                  block  ;; label = @32
                                                                    block  ;; label = @33
                                                                      block  ;; label = @34
                                                                        block  ;; label = @35
                                                                          block  ;; label = @36
                                                                            block  ;; label = @37
                                                                              block  ;; label = @38
                                                                                block  ;; label = @39
                                                                                  block  ;; label = @40
                                                                                    block  ;; label = @41
                                                                                      block  ;; label = @42
                                                                                        block  ;; label = @43
                                                                                          block  ;; label = @44
                                                                                            block  ;; label = @45
                                                                                              block  ;; label = @46
                                                                                                block  ;; label = @47
                                                                                                  block  ;; label = @48
                                                                                                    block  ;; label = @49
                                                                                                      block  ;; label = @50
                                                                                                        block  ;; label = @51
                                                                                                          local.get 3
                                                                                                          i32.load8_u offset=56
                                                                                                          i32.eqz
                                                                                                          br_if 0 (;@51;)
                                                                                                          local.get 3
                                                                                                          i32.load8_u offset=57
                                                                                                          i32.const 255
                                                                                                          i32.and
                                                                                                          i32.const 34
                                                                                                          i32.ne
                                                                                                          br_if 0 (;@51;)
                                                                                                          local.get 3
                                                                                                          i32.const 824
                                                                                                          i32.add
                                                                                                          local.get 3
                                                                                                          i32.const 92
                                                                                                          i32.add
                                                                                                          call 80
                                                                                                          local.get 3
                                                                                                          local.get 15
                                                                                                          i64.load align=4
                                                                                                          i64.store offset=808
                                                                                                          local.get 3
                                                                                                          local.get 15
                                                                                                          i32.load offset=8
                                                                                                          i32.store offset=816
                                                                                                          block  ;; label = @52
                                                                                                            local.get 3
                                                                                                            i32.load offset=824
                                                                                                            local.tee 2
                                                                                                            i32.const -2147483648
                                                                                                            i32.eq
                                                                                                            br_if 0 (;@52;)
                                                                                                            local.get 26
                                                                                                            local.get 3
                                                                                                            i32.load offset=816
                                                                                                            i32.store offset=8
                                                                                                            local.get 26
                                                                                                            local.get 3
                                                                                                            i64.load offset=808
                                                                                                            i64.store align=4
                                                                                                            br 26 (;@26;)
                                                                                                          end
                                                                                                          local.get 3
                                                                                                          local.get 3
                                                                                                          i32.load offset=816
                                                                                                          i32.store offset=680
                                                                                                          local.get 3
                                                                                                          local.get 3
                                                                                                          i64.load offset=808
                                                                                                          i64.store offset=672
                                                                                                          local.get 3
                                                                                                          i32.const 824
                                                                                                          i32.add
                                                                                                          local.get 3
                                                                                                          i32.const 92
                                                                                                          i32.add
                                                                                                          i32.const 58
                                                                                                          call 78
                                                                                                          block  ;; label = @52
                                                                                                            local.get 3
                                                                                                            i32.load offset=824
                                                                                                            local.tee 2
                                                                                                            i32.const -2147483648
                                                                                                            i32.eq
                                                                                                            br_if 0 (;@52;)
                                                                                                            local.get 26
                                                                                                            local.get 15
                                                                                                            i32.load offset=8
                                                                                                            i32.store offset=8
                                                                                                            local.get 26
                                                                                                            local.get 15
                                                                                                            i64.load align=4
                                                                                                            i64.store align=4
                                                                                                            local.get 3
                                                                                                            i32.const 672
                                                                                                            i32.add
                                                                                                            call 81
                                                                                                            br 26 (;@26;)
                                                                                                          end
                                                                                                          local.get 25
                                                                                                          local.get 3
                                                                                                          i32.load offset=680
                                                                                                          i32.store offset=8
                                                                                                          local.get 25
                                                                                                          local.get 3
                                                                                                          i64.load offset=672
                                                                                                          i64.store align=4
                                                                                                          local.get 3
                                                                                                          local.get 3
                                                                                                          i32.const 92
                                                                                                          i32.add
                                                                                                          i32.store offset=688
                                                                                                          i32.const 0
                                                                                                          local.set 35
                                                                                                          i32.const -112
                                                                                                          local.set 2
                                                                                                          local.get 3
                                                                                                          i32.load offset=696
                                                                                                          local.set 39
                                                                                                          local.get 3
                                                                                                          i32.load offset=700
                                                                                                          local.set 40
                                                                                                          loop  ;; label = @52
                                                                                                            local.get 2
                                                                                                            i32.eqz
                                                                                                            br_if 2 (;@50;)
                                                                                                            block  ;; label = @53
                                                                                                              local.get 2
                                                                                                              i32.const 80476
                                                                                                              i32.add
                                                                                                              i32.load
                                                                                                              local.get 2
                                                                                                              i32.const 80480
                                                                                                              i32.add
                                                                                                              i32.load
                                                                                                              local.get 39
                                                                                                              local.get 40
                                                                                                              call 82
                                                                                                              br_if 0 (;@53;)
                                                                                                              local.get 2
                                                                                                              i32.const 8
                                                                                                              i32.add
                                                                                                              local.set 2
                                                                                                              local.get 35
                                                                                                              i32.const 1
                                                                                                              i32.add
                                                                                                              local.set 35
                                                                                                              br 1 (;@52;)
                                                                                                            end
                                                                                                          end
                                                                                                          local.get 3
                                                                                                          i32.const 824
                                                                                                          i32.add
                                                                                                          local.get 3
                                                                                                          i32.const 652
                                                                                                          i32.add
                                                                                                          local.get 3
                                                                                                          i32.load offset=100
                                                                                                          local.get 35
                                                                                                          local.get 35
                                                                                                          i32.const 3
                                                                                                          i32.shl
                                                                                                          local.tee 2
                                                                                                          i32.load offset=80364
                                                                                                          local.get 2
                                                                                                          i32.load offset=80368
                                                                                                          call 84
                                                                                                          local.get 3
                                                                                                          i32.load offset=824
                                                                                                          local.tee 2
                                                                                                          i32.const -2147483648
                                                                                                          i32.ne
                                                                                                          br_if 22 (;@29;)
                                                                                                          block  ;; label = @52
                                                                                                            local.get 35
                                                                                                            br_table 17 (;@35;) 16 (;@36;) 15 (;@37;) 14 (;@38;) 13 (;@39;) 12 (;@40;) 11 (;@41;) 8 (;@44;) 7 (;@45;) 0 (;@52;) 5 (;@47;) 18 (;@34;) 4 (;@48;) 3 (;@49;)
                                                                                                          end
                                                                                                          local.get 3
                                                                                                          i32.const 0
                                                                                                          i32.store offset=704
                                                                                                          local.get 3
                                                                                                          i32.const 824
                                                                                                          i32.add
                                                                                                          local.get 3
                                                                                                          i32.const 92
                                                                                                          i32.add
                                                                                                          i32.const 123
                                                                                                          call 78
                                                                                                          block  ;; label = @52
                                                                                                            local.get 3
                                                                                                            i32.load offset=824
                                                                                                            local.tee 2
                                                                                                            i32.const -2147483648
                                                                                                            i32.eq
                                                                                                            br_if 0 (;@52;)
                                                                                                            local.get 19
                                                                                                            local.get 15
                                                                                                            i32.load offset=8
                                                                                                            i32.store offset=8
                                                                                                            local.get 19
                                                                                                            local.get 15
                                                                                                            i64.load align=4
                                                                                                            i64.store align=4
                                                                                                            br 22 (;@30;)
                                                                                                          end
                                                                                                          local.get 3
                                                                                                          i32.const 32
                                                                                                          i32.add
                                                                                                          local.get 3
                                                                                                          i32.const 92
                                                                                                          i32.add
                                                                                                          call 79
                                                                                                          block  ;; label = @52
                                                                                                            local.get 3
                                                                                                            i32.load8_u offset=32
                                                                                                            i32.eqz
                                                                                                            br_if 0 (;@52;)
                                                                                                            local.get 3
                                                                                                            i32.load8_u offset=33
                                                                                                            i32.const 255
                                                                                                            i32.and
                                                                                                            i32.const 125
                                                                                                            i32.eq
                                                                                                            br_if 6 (;@46;)
                                                                                                          end
                                                                                                          local.get 3
                                                                                                          f64.load offset=552
                                                                                                          local.set 41
                                                                                                          local.get 3
                                                                                                          f64.load offset=560
                                                                                                          local.set 42
                                                                                                          block  ;; label = @52
                                                                                                            loop  ;; label = @53
                                                                                                              local.get 3
                                                                                                              i32.const 24
                                                                                                              i32.add
                                                                                                              local.get 3
                                                                                                              i32.const 92
                                                                                                              i32.add
                                                                                                              call 79
                                                                                                              block  ;; label = @54
                                                                                                                block  ;; label = @55
                                                                                                                  block  ;; label = @56
                                                                                                                    block  ;; label = @57
                                                                                                                      local.get 3
                                                                                                                      i32.load8_u offset=24
                                                                                                                      i32.eqz
                                                                                                                      br_if 0 (;@57;)
                                                                                                                      local.get 3
                                                                                                                      i32.load8_u offset=25
                                                                                                                      i32.const 255
                                                                                                                      i32.and
                                                                                                                      i32.const 34
                                                                                                                      i32.ne
                                                                                                                      br_if 0 (;@57;)
                                                                                                                      local.get 3
                                                                                                                      i32.const 824
                                                                                                                      i32.add
                                                                                                                      local.get 3
                                                                                                                      i32.const 92
                                                                                                                      i32.add
                                                                                                                      call 80
                                                                                                                      block  ;; label = @58
                                                                                                                        local.get 3
                                                                                                                        i32.load offset=824
                                                                                                                        local.tee 2
                                                                                                                        i32.const -2147483648
                                                                                                                        i32.eq
                                                                                                                        br_if 0 (;@58;)
                                                                                                                        local.get 3
                                                                                                                        local.get 41
                                                                                                                        f64.store offset=552
                                                                                                                        local.get 3
                                                                                                                        local.get 42
                                                                                                                        f64.store offset=560
                                                                                                                        local.get 3
                                                                                                                        local.get 15
                                                                                                                        i64.load align=4
                                                                                                                        local.tee 43
                                                                                                                        i64.store offset=808
                                                                                                                        local.get 3
                                                                                                                        local.get 15
                                                                                                                        i32.load offset=8
                                                                                                                        local.tee 35
                                                                                                                        i32.store offset=816
                                                                                                                        local.get 19
                                                                                                                        local.get 35
                                                                                                                        i32.store offset=8
                                                                                                                        local.get 19
                                                                                                                        local.get 43
                                                                                                                        i64.store align=4
                                                                                                                        br 6 (;@52;)
                                                                                                                      end
                                                                                                                      local.get 3
                                                                                                                      local.get 15
                                                                                                                      i64.load align=4
                                                                                                                      i64.store offset=752
                                                                                                                      local.get 3
                                                                                                                      local.get 15
                                                                                                                      i32.load offset=8
                                                                                                                      i32.store offset=760
                                                                                                                      local.get 3
                                                                                                                      i32.const 824
                                                                                                                      i32.add
                                                                                                                      local.get 3
                                                                                                                      i32.const 92
                                                                                                                      i32.add
                                                                                                                      i32.const 58
                                                                                                                      call 78
                                                                                                                      block  ;; label = @58
                                                                                                                        local.get 3
                                                                                                                        i32.load offset=824
                                                                                                                        local.tee 2
                                                                                                                        i32.const -2147483648
                                                                                                                        i32.eq
                                                                                                                        br_if 0 (;@58;)
                                                                                                                        local.get 19
                                                                                                                        local.get 15
                                                                                                                        i64.load align=4
                                                                                                                        i64.store align=4
                                                                                                                        local.get 19
                                                                                                                        local.get 15
                                                                                                                        i32.load offset=8
                                                                                                                        i32.store offset=8
                                                                                                                        local.get 3
                                                                                                                        local.get 41
                                                                                                                        f64.store offset=552
                                                                                                                        local.get 3
                                                                                                                        local.get 42
                                                                                                                        f64.store offset=560
                                                                                                                        local.get 3
                                                                                                                        i32.const 752
                                                                                                                        i32.add
                                                                                                                        call 81
                                                                                                                        br 6 (;@52;)
                                                                                                                      end
                                                                                                                      local.get 18
                                                                                                                      local.get 3
                                                                                                                      i32.load offset=760
                                                                                                                      i32.store offset=8
                                                                                                                      local.get 18
                                                                                                                      local.get 3
                                                                                                                      i64.load offset=752
                                                                                                                      i64.store align=4
                                                                                                                      local.get 3
                                                                                                                      local.get 3
                                                                                                                      i32.const 92
                                                                                                                      i32.add
                                                                                                                      i32.store offset=808
                                                                                                                      block  ;; label = @58
                                                                                                                        block  ;; label = @59
                                                                                                                          local.get 3
                                                                                                                          i32.load offset=816
                                                                                                                          local.tee 2
                                                                                                                          local.get 3
                                                                                                                          i32.load offset=820
                                                                                                                          local.tee 35
                                                                                                                          i32.const 80476
                                                                                                                          i32.const 11
                                                                                                                          call 82
                                                                                                                          br_if 0 (;@59;)
                                                                                                                          block  ;; label = @60
                                                                                                                            local.get 2
                                                                                                                            local.get 35
                                                                                                                            i32.const 80487
                                                                                                                            i32.const 13
                                                                                                                            call 82
                                                                                                                            br_if 0 (;@60;)
                                                                                                                            local.get 3
                                                                                                                            i32.const 824
                                                                                                                            i32.add
                                                                                                                            local.get 3
                                                                                                                            i32.const 92
                                                                                                                            i32.add
                                                                                                                            call 83
                                                                                                                            local.get 3
                                                                                                                            i32.load offset=824
                                                                                                                            local.tee 2
                                                                                                                            i32.const -2147483648
                                                                                                                            i32.eq
                                                                                                                            br_if 2 (;@58;)
                                                                                                                            br 5 (;@55;)
                                                                                                                          end
                                                                                                                          local.get 3
                                                                                                                          i32.const 824
                                                                                                                          i32.add
                                                                                                                          local.get 3
                                                                                                                          i32.const 704
                                                                                                                          i32.add
                                                                                                                          local.get 3
                                                                                                                          i32.load offset=100
                                                                                                                          i32.const 1
                                                                                                                          i32.const 80487
                                                                                                                          i32.const 13
                                                                                                                          call 84
                                                                                                                          local.get 3
                                                                                                                          i32.load offset=824
                                                                                                                          local.tee 2
                                                                                                                          i32.const -2147483648
                                                                                                                          i32.ne
                                                                                                                          br_if 4 (;@55;)
                                                                                                                          local.get 3
                                                                                                                          i32.const 824
                                                                                                                          i32.add
                                                                                                                          local.get 3
                                                                                                                          i32.const 92
                                                                                                                          i32.add
                                                                                                                          call 85
                                                                                                                          local.get 3
                                                                                                                          i32.load offset=824
                                                                                                                          local.tee 2
                                                                                                                          i32.const -2147483648
                                                                                                                          i32.ne
                                                                                                                          br_if 3 (;@56;)
                                                                                                                          local.get 3
                                                                                                                          f64.load offset=832
                                                                                                                          local.set 42
                                                                                                                          br 1 (;@58;)
                                                                                                                        end
                                                                                                                        local.get 3
                                                                                                                        i32.const 824
                                                                                                                        i32.add
                                                                                                                        local.get 3
                                                                                                                        i32.const 704
                                                                                                                        i32.add
                                                                                                                        local.get 3
                                                                                                                        i32.load offset=100
                                                                                                                        i32.const 0
                                                                                                                        i32.const 80476
                                                                                                                        i32.const 11
                                                                                                                        call 84
                                                                                                                        local.get 3
                                                                                                                        i32.load offset=824
                                                                                                                        local.tee 2
                                                                                                                        i32.const -2147483648
                                                                                                                        i32.ne
                                                                                                                        br_if 3 (;@55;)
                                                                                                                        local.get 3
                                                                                                                        i32.const 824
                                                                                                                        i32.add
                                                                                                                        local.get 3
                                                                                                                        i32.const 92
                                                                                                                        i32.add
                                                                                                                        call 85
                                                                                                                        local.get 3
                                                                                                                        i32.load offset=824
                                                                                                                        local.tee 2
                                                                                                                        i32.const -2147483648
                                                                                                                        i32.ne
                                                                                                                        br_if 2 (;@56;)
                                                                                                                        local.get 3
                                                                                                                        f64.load offset=832
                                                                                                                        local.set 41
                                                                                                                      end
                                                                                                                      i32.const -2147483648
                                                                                                                      local.set 2
                                                                                                                      br 3 (;@54;)
                                                                                                                    end
                                                                                                                    local.get 3
                                                                                                                    local.get 41
                                                                                                                    f64.store offset=552
                                                                                                                    local.get 3
                                                                                                                    local.get 42
                                                                                                                    f64.store offset=560
                                                                                                                    local.get 3
                                                                                                                    i32.load offset=100
                                                                                                                    local.set 2
                                                                                                                    local.get 3
                                                                                                                    i32.const 768
                                                                                                                    i32.add
                                                                                                                    i32.const 81129
                                                                                                                    i32.const 14
                                                                                                                    call 71
                                                                                                                    local.get 3
                                                                                                                    local.get 2
                                                                                                                    i32.store offset=780
                                                                                                                    local.get 3
                                                                                                                    i32.load offset=768
                                                                                                                    local.set 2
                                                                                                                    br 4 (;@52;)
                                                                                                                  end
                                                                                                                  local.get 3
                                                                                                                  i64.load offset=832
                                                                                                                  local.set 43
                                                                                                                  local.get 3
                                                                                                                  i32.load offset=828
                                                                                                                  local.set 39
                                                                                                                  br 1 (;@54;)
                                                                                                                end
                                                                                                                local.get 3
                                                                                                                i64.load offset=832 align=4
                                                                                                                local.set 43
                                                                                                                local.get 3
                                                                                                                i32.load offset=828
                                                                                                                local.set 39
                                                                                                              end
                                                                                                              local.get 18
                                                                                                              call 81
                                                                                                              block  ;; label = @54
                                                                                                                local.get 2
                                                                                                                i32.const -2147483648
                                                                                                                i32.eq
                                                                                                                br_if 0 (;@54;)
                                                                                                                local.get 3
                                                                                                                local.get 41
                                                                                                                f64.store offset=552
                                                                                                                local.get 3
                                                                                                                local.get 42
                                                                                                                f64.store offset=560
                                                                                                                local.get 3
                                                                                                                local.get 43
                                                                                                                i64.store offset=776 align=4
                                                                                                                local.get 3
                                                                                                                local.get 39
                                                                                                                i32.store offset=772
                                                                                                                br 2 (;@52;)
                                                                                                              end
                                                                                                              local.get 3
                                                                                                              i32.const 824
                                                                                                              i32.add
                                                                                                              local.get 3
                                                                                                              i32.const 92
                                                                                                              i32.add
                                                                                                              i32.const 125
                                                                                                              call 86
                                                                                                              block  ;; label = @54
                                                                                                                local.get 3
                                                                                                                i32.load offset=824
                                                                                                                local.tee 2
                                                                                                                i32.const -2147483648
                                                                                                                i32.eq
                                                                                                                br_if 0 (;@54;)
                                                                                                                local.get 16
                                                                                                                local.get 14
                                                                                                                i64.load align=1
                                                                                                                i64.store align=1
                                                                                                                local.get 16
                                                                                                                local.get 14
                                                                                                                i32.load offset=7 align=1
                                                                                                                i32.store offset=7 align=1
                                                                                                                local.get 3
                                                                                                                local.get 41
                                                                                                                f64.store offset=552
                                                                                                                local.get 3
                                                                                                                local.get 42
                                                                                                                f64.store offset=560
                                                                                                                local.get 3
                                                                                                                local.get 3
                                                                                                                i32.load8_u offset=828
                                                                                                                i32.store8 offset=772
                                                                                                                br 2 (;@52;)
                                                                                                              end
                                                                                                              local.get 3
                                                                                                              i32.load8_u offset=828
                                                                                                              i32.eqz
                                                                                                              br_if 0 (;@53;)
                                                                                                            end
                                                                                                            local.get 3
                                                                                                            local.get 41
                                                                                                            f64.store offset=552
                                                                                                            local.get 3
                                                                                                            local.get 42
                                                                                                            f64.store offset=560
                                                                                                            i32.const -2147483648
                                                                                                            local.set 2
                                                                                                          end
                                                                                                          local.get 2
                                                                                                          i32.const -2147483648
                                                                                                          i32.ne
                                                                                                          br_if 21 (;@30;)
                                                                                                          br 18 (;@33;)
                                                                                                        end
                                                                                                        local.get 3
                                                                                                        i32.load offset=100
                                                                                                        local.set 2
                                                                                                        local.get 3
                                                                                                        i32.const 656
                                                                                                        i32.add
                                                                                                        i32.const 81129
                                                                                                        i32.const 14
                                                                                                        call 71
                                                                                                        local.get 3
                                                                                                        local.get 2
                                                                                                        i32.store offset=668
                                                                                                        local.get 3
                                                                                                        i32.load offset=656
                                                                                                        local.set 2
                                                                                                        br 24 (;@26;)
                                                                                                      end
                                                                                                      local.get 3
                                                                                                      i32.const 824
                                                                                                      i32.add
                                                                                                      local.get 3
                                                                                                      i32.const 92
                                                                                                      i32.add
                                                                                                      call 83
                                                                                                      local.get 3
                                                                                                      i32.load offset=824
                                                                                                      local.tee 2
                                                                                                      i32.const -2147483648
                                                                                                      i32.ne
                                                                                                      br_if 20 (;@29;)
                                                                                                      br 16 (;@33;)
                                                                                                    end
                                                                                                    local.get 3
                                                                                                    i32.const 824
                                                                                                    i32.add
                                                                                                    local.get 3
                                                                                                    i32.const 92
                                                                                                    i32.add
                                                                                                    call 87
                                                                                                    local.get 3
                                                                                                    i32.load8_u offset=828
                                                                                                    local.set 35
                                                                                                    block  ;; label = @49
                                                                                                      local.get 3
                                                                                                      i32.load offset=824
                                                                                                      local.tee 2
                                                                                                      i32.const -2147483648
                                                                                                      i32.eq
                                                                                                      br_if 0 (;@49;)
                                                                                                      local.get 3
                                                                                                      i32.load16_u offset=829 align=1
                                                                                                      local.get 34
                                                                                                      i32.load8_u
                                                                                                      i32.const 16
                                                                                                      i32.shl
                                                                                                      i32.or
                                                                                                      local.set 44
                                                                                                      local.get 3
                                                                                                      i64.load offset=832 align=4
                                                                                                      local.set 45
                                                                                                      local.get 35
                                                                                                      local.set 46
                                                                                                      br 21 (;@28;)
                                                                                                    end
                                                                                                    i32.const -2147483648
                                                                                                    local.set 2
                                                                                                    local.get 35
                                                                                                    i32.const 1
                                                                                                    i32.and
                                                                                                    br_if 20 (;@28;)
                                                                                                    local.get 3
                                                                                                    i32.const 824
                                                                                                    i32.add
                                                                                                    local.get 3
                                                                                                    i32.const 92
                                                                                                    i32.add
                                                                                                    i32.const 123
                                                                                                    call 78
                                                                                                    block  ;; label = @49
                                                                                                      local.get 3
                                                                                                      i32.load offset=824
                                                                                                      local.tee 2
                                                                                                      i32.const -2147483648
                                                                                                      i32.eq
                                                                                                      br_if 0 (;@49;)
                                                                                                      local.get 19
                                                                                                      local.get 15
                                                                                                      i32.load offset=8
                                                                                                      i32.store offset=8
                                                                                                      local.get 19
                                                                                                      local.get 15
                                                                                                      i64.load align=4
                                                                                                      i64.store align=4
                                                                                                      br 19 (;@30;)
                                                                                                    end
                                                                                                    local.get 3
                                                                                                    i32.const 16
                                                                                                    i32.add
                                                                                                    local.get 3
                                                                                                    i32.const 92
                                                                                                    i32.add
                                                                                                    call 79
                                                                                                    block  ;; label = @49
                                                                                                      local.get 3
                                                                                                      i32.load8_u offset=16
                                                                                                      i32.eqz
                                                                                                      br_if 0 (;@49;)
                                                                                                      local.get 3
                                                                                                      i32.load8_u offset=17
                                                                                                      i32.const 255
                                                                                                      i32.and
                                                                                                      i32.const 125
                                                                                                      i32.ne
                                                                                                      br_if 0 (;@49;)
                                                                                                      local.get 3
                                                                                                      local.get 3
                                                                                                      i32.load offset=100
                                                                                                      i32.const 1
                                                                                                      i32.add
                                                                                                      i32.store offset=100
                                                                                                      br 16 (;@33;)
                                                                                                    end
                                                                                                    block  ;; label = @49
                                                                                                      block  ;; label = @50
                                                                                                        block  ;; label = @51
                                                                                                          loop  ;; label = @52
                                                                                                            local.get 3
                                                                                                            i32.const 8
                                                                                                            i32.add
                                                                                                            local.get 3
                                                                                                            i32.const 92
                                                                                                            i32.add
                                                                                                            call 79
                                                                                                            local.get 3
                                                                                                            i32.load8_u offset=8
                                                                                                            i32.eqz
                                                                                                            br_if 2 (;@50;)
                                                                                                            local.get 3
                                                                                                            i32.load8_u offset=9
                                                                                                            i32.const 255
                                                                                                            i32.and
                                                                                                            i32.const 34
                                                                                                            i32.ne
                                                                                                            br_if 2 (;@50;)
                                                                                                            local.get 3
                                                                                                            i32.const 824
                                                                                                            i32.add
                                                                                                            local.get 3
                                                                                                            i32.const 92
                                                                                                            i32.add
                                                                                                            call 80
                                                                                                            local.get 3
                                                                                                            local.get 15
                                                                                                            i64.load align=4
                                                                                                            i64.store offset=808
                                                                                                            local.get 3
                                                                                                            local.get 15
                                                                                                            i32.load offset=8
                                                                                                            i32.store offset=816
                                                                                                            block  ;; label = @53
                                                                                                              local.get 3
                                                                                                              i32.load offset=824
                                                                                                              local.tee 2
                                                                                                              i32.const -2147483648
                                                                                                              i32.eq
                                                                                                              br_if 0 (;@53;)
                                                                                                              local.get 19
                                                                                                              local.get 3
                                                                                                              i32.load offset=816
                                                                                                              i32.store offset=8
                                                                                                              local.get 19
                                                                                                              local.get 3
                                                                                                              i64.load offset=808
                                                                                                              i64.store align=4
                                                                                                              br 4 (;@49;)
                                                                                                            end
                                                                                                            local.get 3
                                                                                                            local.get 3
                                                                                                            i32.load offset=816
                                                                                                            i32.store offset=800
                                                                                                            local.get 3
                                                                                                            local.get 3
                                                                                                            i64.load offset=808
                                                                                                            i64.store offset=792
                                                                                                            local.get 3
                                                                                                            i32.const 824
                                                                                                            i32.add
                                                                                                            local.get 3
                                                                                                            i32.const 92
                                                                                                            i32.add
                                                                                                            i32.const 58
                                                                                                            call 78
                                                                                                            block  ;; label = @53
                                                                                                              local.get 3
                                                                                                              i32.load offset=824
                                                                                                              local.tee 2
                                                                                                              i32.const -2147483648
                                                                                                              i32.eq
                                                                                                              br_if 0 (;@53;)
                                                                                                              local.get 19
                                                                                                              local.get 15
                                                                                                              i32.load offset=8
                                                                                                              i32.store offset=8
                                                                                                              local.get 19
                                                                                                              local.get 15
                                                                                                              i64.load align=4
                                                                                                              i64.store align=4
                                                                                                              local.get 3
                                                                                                              i32.const 792
                                                                                                              i32.add
                                                                                                              call 81
                                                                                                              br 4 (;@49;)
                                                                                                            end
                                                                                                            local.get 18
                                                                                                            local.get 3
                                                                                                            i32.load offset=800
                                                                                                            i32.store offset=8
                                                                                                            local.get 18
                                                                                                            local.get 3
                                                                                                            i64.load offset=792
                                                                                                            i64.store align=4
                                                                                                            local.get 3
                                                                                                            local.get 3
                                                                                                            i32.const 92
                                                                                                            i32.add
                                                                                                            i32.store offset=808
                                                                                                            local.get 3
                                                                                                            i32.const 824
                                                                                                            i32.add
                                                                                                            local.get 3
                                                                                                            i32.const 92
                                                                                                            i32.add
                                                                                                            call 80
                                                                                                            local.get 3
                                                                                                            local.get 15
                                                                                                            i64.load align=4
                                                                                                            i64.store offset=704
                                                                                                            local.get 3
                                                                                                            local.get 15
                                                                                                            i32.load offset=8
                                                                                                            i32.store offset=712
                                                                                                            local.get 3
                                                                                                            i32.load offset=824
                                                                                                            local.tee 2
                                                                                                            i32.const -2147483648
                                                                                                            i32.ne
                                                                                                            br_if 1 (;@51;)
                                                                                                            local.get 3
                                                                                                            local.get 3
                                                                                                            i32.load offset=712
                                                                                                            i32.store offset=760
                                                                                                            local.get 3
                                                                                                            local.get 3
                                                                                                            i64.load offset=704
                                                                                                            i64.store offset=752
                                                                                                            local.get 3
                                                                                                            i32.load offset=592
                                                                                                            i32.const 24
                                                                                                            i32.mul
                                                                                                            local.set 35
                                                                                                            local.get 3
                                                                                                            i32.load offset=588
                                                                                                            i32.const 8
                                                                                                            i32.add
                                                                                                            local.set 39
                                                                                                            local.get 3
                                                                                                            i32.load offset=820
                                                                                                            local.set 40
                                                                                                            local.get 3
                                                                                                            i32.load offset=816
                                                                                                            local.set 47
                                                                                                            block  ;; label = @53
                                                                                                              block  ;; label = @54
                                                                                                                loop  ;; label = @55
                                                                                                                  local.get 39
                                                                                                                  local.set 2
                                                                                                                  local.get 35
                                                                                                                  i32.eqz
                                                                                                                  br_if 1 (;@54;)
                                                                                                                  local.get 35
                                                                                                                  i32.const -24
                                                                                                                  i32.add
                                                                                                                  local.set 35
                                                                                                                  local.get 2
                                                                                                                  i32.const 24
                                                                                                                  i32.add
                                                                                                                  local.set 39
                                                                                                                  local.get 2
                                                                                                                  i32.const -4
                                                                                                                  i32.add
                                                                                                                  i32.load
                                                                                                                  local.get 2
                                                                                                                  i32.load
                                                                                                                  local.get 47
                                                                                                                  local.get 40
                                                                                                                  call 82
                                                                                                                  i32.eqz
                                                                                                                  br_if 0 (;@55;)
                                                                                                                end
                                                                                                                local.get 2
                                                                                                                i32.const -8
                                                                                                                i32.add
                                                                                                                local.tee 2
                                                                                                                i32.const 12
                                                                                                                i32.add
                                                                                                                call 81
                                                                                                                local.get 2
                                                                                                                local.get 3
                                                                                                                i32.load offset=760
                                                                                                                i32.store offset=20
                                                                                                                local.get 2
                                                                                                                local.get 3
                                                                                                                i64.load offset=752
                                                                                                                i64.store offset=12 align=4
                                                                                                                local.get 18
                                                                                                                call 81
                                                                                                                br 1 (;@53;)
                                                                                                              end
                                                                                                              local.get 17
                                                                                                              local.get 3
                                                                                                              i64.load offset=752
                                                                                                              i64.store align=4
                                                                                                              local.get 17
                                                                                                              local.get 3
                                                                                                              i32.load offset=760
                                                                                                              i32.store offset=8
                                                                                                              local.get 3
                                                                                                              local.get 3
                                                                                                              i32.load offset=800
                                                                                                              i32.store offset=832
                                                                                                              local.get 3
                                                                                                              local.get 3
                                                                                                              i64.load offset=792
                                                                                                              i64.store offset=824
                                                                                                              local.get 27
                                                                                                              local.get 3
                                                                                                              i32.const 824
                                                                                                              i32.add
                                                                                                              call 88
                                                                                                            end
                                                                                                            local.get 3
                                                                                                            i32.const 824
                                                                                                            i32.add
                                                                                                            local.get 3
                                                                                                            i32.const 92
                                                                                                            i32.add
                                                                                                            i32.const 125
                                                                                                            call 86
                                                                                                            local.get 3
                                                                                                            i32.load8_u offset=828
                                                                                                            local.set 35
                                                                                                            block  ;; label = @53
                                                                                                              local.get 3
                                                                                                              i32.load offset=824
                                                                                                              local.tee 2
                                                                                                              i32.const -2147483648
                                                                                                              i32.eq
                                                                                                              br_if 0 (;@53;)
                                                                                                              local.get 16
                                                                                                              local.get 14
                                                                                                              i32.load offset=7 align=1
                                                                                                              i32.store offset=7 align=1
                                                                                                              local.get 16
                                                                                                              local.get 14
                                                                                                              i64.load align=1
                                                                                                              i64.store align=1
                                                                                                              local.get 3
                                                                                                              local.get 35
                                                                                                              i32.store8 offset=772
                                                                                                              br 4 (;@49;)
                                                                                                            end
                                                                                                            local.get 35
                                                                                                            i32.const 1
                                                                                                            i32.and
                                                                                                            i32.eqz
                                                                                                            br_if 0 (;@52;)
                                                                                                          end
                                                                                                          i32.const -2147483648
                                                                                                          local.set 2
                                                                                                          br 2 (;@49;)
                                                                                                        end
                                                                                                        local.get 19
                                                                                                        local.get 3
                                                                                                        i32.load offset=712
                                                                                                        i32.store offset=8
                                                                                                        local.get 19
                                                                                                        local.get 3
                                                                                                        i64.load offset=704
                                                                                                        i64.store align=4
                                                                                                        local.get 18
                                                                                                        call 81
                                                                                                        br 1 (;@49;)
                                                                                                      end
                                                                                                      local.get 3
                                                                                                      i32.load offset=100
                                                                                                      local.set 2
                                                                                                      local.get 3
                                                                                                      i32.const 768
                                                                                                      i32.add
                                                                                                      i32.const 81129
                                                                                                      i32.const 14
                                                                                                      call 71
                                                                                                      local.get 3
                                                                                                      local.get 2
                                                                                                      i32.store offset=780
                                                                                                      local.get 3
                                                                                                      i32.load offset=768
                                                                                                      local.set 2
                                                                                                    end
                                                                                                    local.get 2
                                                                                                    i32.const -2147483648
                                                                                                    i32.ne
                                                                                                    br_if 18 (;@30;)
                                                                                                    br 15 (;@33;)
                                                                                                  end
                                                                                                  local.get 3
                                                                                                  i32.const 824
                                                                                                  i32.add
                                                                                                  local.get 3
                                                                                                  i32.const 92
                                                                                                  i32.add
                                                                                                  call 85
                                                                                                  local.get 3
                                                                                                  i32.load offset=824
                                                                                                  local.tee 2
                                                                                                  i32.const -2147483648
                                                                                                  i32.ne
                                                                                                  br_if 4 (;@43;)
                                                                                                  local.get 3
                                                                                                  local.get 3
                                                                                                  f64.load offset=832
                                                                                                  f64.store offset=576
                                                                                                  br 14 (;@33;)
                                                                                                end
                                                                                                local.get 3
                                                                                                i32.const 824
                                                                                                i32.add
                                                                                                local.get 3
                                                                                                i32.const 92
                                                                                                i32.add
                                                                                                call 89
                                                                                                local.get 3
                                                                                                i32.load offset=824
                                                                                                local.tee 2
                                                                                                i32.const -2147483648
                                                                                                i32.ne
                                                                                                br_if 3 (;@43;)
                                                                                                local.get 3
                                                                                                local.get 3
                                                                                                i64.load offset=832
                                                                                                i64.store offset=568
                                                                                                br 13 (;@33;)
                                                                                              end
                                                                                              local.get 3
                                                                                              local.get 3
                                                                                              i32.load offset=100
                                                                                              i32.const 1
                                                                                              i32.add
                                                                                              i32.store offset=100
                                                                                              br 12 (;@33;)
                                                                                            end
                                                                                            local.get 3
                                                                                            i32.const 824
                                                                                            i32.add
                                                                                            local.get 3
                                                                                            i32.const 92
                                                                                            i32.add
                                                                                            call 89
                                                                                            local.get 3
                                                                                            i32.load offset=824
                                                                                            local.tee 2
                                                                                            i32.const -2147483648
                                                                                            i32.ne
                                                                                            br_if 1 (;@43;)
                                                                                            local.get 3
                                                                                            local.get 3
                                                                                            i64.load offset=832
                                                                                            i64.store offset=544
                                                                                            br 11 (;@33;)
                                                                                          end
                                                                                          local.get 3
                                                                                          i32.const 824
                                                                                          i32.add
                                                                                          local.get 3
                                                                                          i32.const 92
                                                                                          i32.add
                                                                                          call 89
                                                                                          local.get 3
                                                                                          i32.load offset=824
                                                                                          local.tee 2
                                                                                          i32.const -2147483648
                                                                                          i32.eq
                                                                                          br_if 1 (;@42;)
                                                                                        end
                                                                                        local.get 3
                                                                                        i32.load offset=828
                                                                                        local.tee 46
                                                                                        i32.const 8
                                                                                        i32.shr_u
                                                                                        local.set 44
                                                                                        local.get 3
                                                                                        i64.load offset=832
                                                                                        local.set 45
                                                                                        br 14 (;@28;)
                                                                                      end
                                                                                      local.get 3
                                                                                      local.get 3
                                                                                      i64.load offset=832
                                                                                      i64.store offset=536
                                                                                      br 8 (;@33;)
                                                                                    end
                                                                                    local.get 3
                                                                                    i32.const 824
                                                                                    i32.add
                                                                                    local.get 3
                                                                                    i32.const 92
                                                                                    i32.add
                                                                                    call 90
                                                                                    local.get 3
                                                                                    i32.load8_u offset=828
                                                                                    local.set 35
                                                                                    block  ;; label = @41
                                                                                      local.get 3
                                                                                      i32.load offset=824
                                                                                      local.tee 2
                                                                                      i32.const -2147483648
                                                                                      i32.eq
                                                                                      br_if 0 (;@41;)
                                                                                      local.get 3
                                                                                      i32.load16_u offset=829 align=1
                                                                                      local.get 34
                                                                                      i32.load8_u
                                                                                      i32.const 16
                                                                                      i32.shl
                                                                                      i32.or
                                                                                      local.set 44
                                                                                      local.get 3
                                                                                      i64.load offset=832 align=4
                                                                                      local.set 45
                                                                                      local.get 35
                                                                                      local.set 46
                                                                                      br 13 (;@28;)
                                                                                    end
                                                                                    local.get 3
                                                                                    local.get 35
                                                                                    i32.store8 offset=641
                                                                                    br 7 (;@33;)
                                                                                  end
                                                                                  local.get 3
                                                                                  i32.const 824
                                                                                  i32.add
                                                                                  local.get 3
                                                                                  i32.const 92
                                                                                  i32.add
                                                                                  call 90
                                                                                  local.get 3
                                                                                  i32.load8_u offset=828
                                                                                  local.set 35
                                                                                  block  ;; label = @40
                                                                                    local.get 3
                                                                                    i32.load offset=824
                                                                                    local.tee 2
                                                                                    i32.const -2147483648
                                                                                    i32.eq
                                                                                    br_if 0 (;@40;)
                                                                                    local.get 3
                                                                                    i32.load16_u offset=829 align=1
                                                                                    local.get 34
                                                                                    i32.load8_u
                                                                                    i32.const 16
                                                                                    i32.shl
                                                                                    i32.or
                                                                                    local.set 44
                                                                                    local.get 3
                                                                                    i64.load offset=832 align=4
                                                                                    local.set 45
                                                                                    local.get 35
                                                                                    local.set 46
                                                                                    br 12 (;@28;)
                                                                                  end
                                                                                  local.get 3
                                                                                  local.get 35
                                                                                  i32.store8 offset=640
                                                                                  br 6 (;@33;)
                                                                                end
                                                                                local.get 3
                                                                                i32.const 824
                                                                                i32.add
                                                                                local.get 3
                                                                                i32.const 92
                                                                                i32.add
                                                                                call 91
                                                                                local.get 3
                                                                                i32.load offset=828
                                                                                local.set 35
                                                                                block  ;; label = @39
                                                                                  local.get 3
                                                                                  i32.load offset=824
                                                                                  local.tee 2
                                                                                  i32.const -2147483648
                                                                                  i32.eq
                                                                                  br_if 0 (;@39;)
                                                                                  local.get 35
                                                                                  i32.const 8
                                                                                  i32.shr_u
                                                                                  local.set 44
                                                                                  local.get 3
                                                                                  i64.load offset=832 align=4
                                                                                  local.set 45
                                                                                  local.get 35
                                                                                  local.set 46
                                                                                  br 11 (;@28;)
                                                                                end
                                                                                local.get 3
                                                                                local.get 35
                                                                                i32.store offset=636
                                                                                br 5 (;@33;)
                                                                              end
                                                                              local.get 3
                                                                              i32.const 824
                                                                              i32.add
                                                                              local.get 3
                                                                              i32.const 92
                                                                              i32.add
                                                                              call 91
                                                                              local.get 3
                                                                              i32.load offset=828
                                                                              local.set 35
                                                                              block  ;; label = @38
                                                                                local.get 3
                                                                                i32.load offset=824
                                                                                local.tee 2
                                                                                i32.const -2147483648
                                                                                i32.eq
                                                                                br_if 0 (;@38;)
                                                                                local.get 35
                                                                                i32.const 8
                                                                                i32.shr_u
                                                                                local.set 44
                                                                                local.get 3
                                                                                i64.load offset=832 align=4
                                                                                local.set 45
                                                                                local.get 35
                                                                                local.set 46
                                                                                br 10 (;@28;)
                                                                              end
                                                                              local.get 3
                                                                              local.get 35
                                                                              i32.store offset=632
                                                                              br 4 (;@33;)
                                                                            end
                                                                            local.get 3
                                                                            i32.const 824
                                                                            i32.add
                                                                            local.get 3
                                                                            i32.const 92
                                                                            i32.add
                                                                            call 80
                                                                            local.get 3
                                                                            i64.load offset=832 align=4
                                                                            local.set 43
                                                                            local.get 3
                                                                            i32.load offset=828
                                                                            local.set 35
                                                                            block  ;; label = @37
                                                                              local.get 3
                                                                              i32.load offset=824
                                                                              local.tee 2
                                                                              i32.const -2147483648
                                                                              i32.eq
                                                                              br_if 0 (;@37;)
                                                                              local.get 35
                                                                              i32.const 8
                                                                              i32.shr_u
                                                                              local.set 44
                                                                              local.get 35
                                                                              local.set 46
                                                                              local.get 43
                                                                              local.set 45
                                                                              br 9 (;@28;)
                                                                            end
                                                                            local.get 30
                                                                            call 81
                                                                            local.get 3
                                                                            local.get 43
                                                                            i64.store offset=624
                                                                            local.get 3
                                                                            local.get 35
                                                                            i32.store offset=620
                                                                            br 3 (;@33;)
                                                                          end
                                                                          local.get 3
                                                                          i32.const 824
                                                                          i32.add
                                                                          local.get 3
                                                                          i32.const 92
                                                                          i32.add
                                                                          call 80
                                                                          local.get 3
                                                                          i64.load offset=832 align=4
                                                                          local.set 43
                                                                          local.get 3
                                                                          i32.load offset=828
                                                                          local.set 35
                                                                          block  ;; label = @36
                                                                            local.get 3
                                                                            i32.load offset=824
                                                                            local.tee 2
                                                                            i32.const -2147483648
                                                                            i32.eq
                                                                            br_if 0 (;@36;)
                                                                            local.get 35
                                                                            i32.const 8
                                                                            i32.shr_u
                                                                            local.set 44
                                                                            local.get 35
                                                                            local.set 46
                                                                            local.get 43
                                                                            local.set 45
                                                                            br 8 (;@28;)
                                                                          end
                                                                          local.get 31
                                                                          call 81
                                                                          local.get 3
                                                                          local.get 43
                                                                          i64.store offset=612 align=4
                                                                          local.get 3
                                                                          local.get 35
                                                                          i32.store offset=608
                                                                          br 2 (;@33;)
                                                                        end
                                                                        local.get 3
                                                                        i32.const 824
                                                                        i32.add
                                                                        local.get 3
                                                                        i32.const 92
                                                                        i32.add
                                                                        call 80
                                                                        local.get 3
                                                                        i64.load offset=832 align=4
                                                                        local.set 43
                                                                        local.get 3
                                                                        i32.load offset=828
                                                                        local.set 35
                                                                        block  ;; label = @35
                                                                          local.get 3
                                                                          i32.load offset=824
                                                                          local.tee 2
                                                                          i32.const -2147483648
                                                                          i32.eq
                                                                          br_if 0 (;@35;)
                                                                          local.get 35
                                                                          i32.const 8
                                                                          i32.shr_u
                                                                          local.set 44
                                                                          local.get 35
                                                                          local.set 46
                                                                          local.get 43
                                                                          local.set 45
                                                                          br 7 (;@28;)
                                                                        end
                                                                        local.get 32
                                                                        call 81
                                                                        local.get 3
                                                                        local.get 43
                                                                        i64.store offset=600
                                                                        local.get 3
                                                                        local.get 35
                                                                        i32.store offset=596
                                                                        br 1 (;@33;)
                                                                      end
                                                                      local.get 3
                                                                      i32.const 824
                                                                      i32.add
                                                                      local.get 3
                                                                      i32.const 92
                                                                      i32.add
                                                                      call 87
                                                                      local.get 3
                                                                      i32.load8_u offset=828
                                                                      local.set 35
                                                                      block  ;; label = @34
                                                                        local.get 3
                                                                        i32.load offset=824
                                                                        local.tee 2
                                                                        i32.const -2147483648
                                                                        i32.eq
                                                                        br_if 0 (;@34;)
                                                                        local.get 24
                                                                        local.get 14
                                                                        i32.load offset=7 align=1
                                                                        i32.store offset=7 align=1
                                                                        local.get 24
                                                                        local.get 14
                                                                        i64.load align=1
                                                                        i64.store align=1
                                                                        local.get 3
                                                                        local.get 35
                                                                        i32.store8 offset=708
                                                                        local.get 3
                                                                        local.get 2
                                                                        i32.store offset=704
                                                                        local.get 3
                                                                        i32.load offset=708
                                                                        local.set 46
                                                                        br 3 (;@31;)
                                                                      end
                                                                      block  ;; label = @34
                                                                        block  ;; label = @35
                                                                          local.get 35
                                                                          i32.const 1
                                                                          i32.and
                                                                          i32.eqz
                                                                          br_if 0 (;@35;)
                                                                          i64.const 0
                                                                          local.set 48
                                                                          local.get 3
                                                                          i64.load offset=712
                                                                          local.set 43
                                                                          local.get 3
                                                                          i32.load offset=708
                                                                          local.set 2
                                                                          br 1 (;@34;)
                                                                        end
                                                                        local.get 3
                                                                        i64.const 0
                                                                        i64.store offset=736
                                                                        local.get 3
                                                                        i64.const 0
                                                                        i64.store offset=728
                                                                        local.get 3
                                                                        i64.const 0
                                                                        i64.store offset=720
                                                                        local.get 3
                                                                        i32.const 0
                                                                        i32.store offset=748
                                                                        local.get 3
                                                                        i32.const 824
                                                                        i32.add
                                                                        local.get 3
                                                                        i32.const 92
                                                                        i32.add
                                                                        i32.const 123
                                                                        call 78
                                                                        block  ;; label = @35
                                                                          local.get 3
                                                                          i32.load offset=824
                                                                          local.tee 2
                                                                          i32.const -2147483648
                                                                          i32.eq
                                                                          br_if 0 (;@35;)
                                                                          local.get 23
                                                                          local.get 15
                                                                          i32.load offset=8
                                                                          i32.store offset=8
                                                                          local.get 23
                                                                          local.get 15
                                                                          i64.load align=4
                                                                          i64.store align=4
                                                                          br 3 (;@32;)
                                                                        end
                                                                        local.get 3
                                                                        i32.const 48
                                                                        i32.add
                                                                        local.get 3
                                                                        i32.const 92
                                                                        i32.add
                                                                        call 79
                                                                        block  ;; label = @35
                                                                          block  ;; label = @36
                                                                            block  ;; label = @37
                                                                              local.get 3
                                                                              i32.load8_u offset=48
                                                                              i32.eqz
                                                                              br_if 0 (;@37;)
                                                                              local.get 3
                                                                              i32.load8_u offset=49
                                                                              i32.const 255
                                                                              i32.and
                                                                              i32.const 125
                                                                              i32.eq
                                                                              br_if 1 (;@36;)
                                                                            end
                                                                            block  ;; label = @37
                                                                              loop  ;; label = @38
                                                                                local.get 3
                                                                                i32.const 40
                                                                                i32.add
                                                                                local.get 3
                                                                                i32.const 92
                                                                                i32.add
                                                                                call 79
                                                                                block  ;; label = @39
                                                                                  block  ;; label = @40
                                                                                    block  ;; label = @41
                                                                                      block  ;; label = @42
                                                                                        block  ;; label = @43
                                                                                          block  ;; label = @44
                                                                                            block  ;; label = @45
                                                                                              block  ;; label = @46
                                                                                                block  ;; label = @47
                                                                                                  local.get 3
                                                                                                  i32.load8_u offset=40
                                                                                                  i32.eqz
                                                                                                  br_if 0 (;@47;)
                                                                                                  local.get 3
                                                                                                  i32.load8_u offset=41
                                                                                                  i32.const 255
                                                                                                  i32.and
                                                                                                  i32.const 34
                                                                                                  i32.ne
                                                                                                  br_if 0 (;@47;)
                                                                                                  local.get 3
                                                                                                  i32.const 824
                                                                                                  i32.add
                                                                                                  local.get 3
                                                                                                  i32.const 92
                                                                                                  i32.add
                                                                                                  call 80
                                                                                                  local.get 3
                                                                                                  local.get 15
                                                                                                  i64.load align=4
                                                                                                  i64.store offset=808
                                                                                                  local.get 3
                                                                                                  local.get 15
                                                                                                  i32.load offset=8
                                                                                                  i32.store offset=816
                                                                                                  block  ;; label = @48
                                                                                                    local.get 3
                                                                                                    i32.load offset=824
                                                                                                    local.tee 2
                                                                                                    i32.const -2147483648
                                                                                                    i32.eq
                                                                                                    br_if 0 (;@48;)
                                                                                                    local.get 23
                                                                                                    local.get 3
                                                                                                    i32.load offset=816
                                                                                                    i32.store offset=8
                                                                                                    local.get 23
                                                                                                    local.get 3
                                                                                                    i64.load offset=808
                                                                                                    i64.store align=4
                                                                                                    br 11 (;@37;)
                                                                                                  end
                                                                                                  local.get 3
                                                                                                  local.get 3
                                                                                                  i32.load offset=816
                                                                                                  i32.store offset=800
                                                                                                  local.get 3
                                                                                                  local.get 3
                                                                                                  i64.load offset=808
                                                                                                  i64.store offset=792
                                                                                                  local.get 3
                                                                                                  i32.const 824
                                                                                                  i32.add
                                                                                                  local.get 3
                                                                                                  i32.const 92
                                                                                                  i32.add
                                                                                                  i32.const 58
                                                                                                  call 78
                                                                                                  block  ;; label = @48
                                                                                                    local.get 3
                                                                                                    i32.load offset=824
                                                                                                    local.tee 2
                                                                                                    i32.const -2147483648
                                                                                                    i32.eq
                                                                                                    br_if 0 (;@48;)
                                                                                                    local.get 23
                                                                                                    local.get 15
                                                                                                    i32.load offset=8
                                                                                                    i32.store offset=8
                                                                                                    local.get 23
                                                                                                    local.get 15
                                                                                                    i64.load align=4
                                                                                                    i64.store align=4
                                                                                                    local.get 3
                                                                                                    i32.const 792
                                                                                                    i32.add
                                                                                                    call 81
                                                                                                    br 11 (;@37;)
                                                                                                  end
                                                                                                  local.get 19
                                                                                                  local.get 3
                                                                                                  i32.load offset=800
                                                                                                  i32.store offset=8
                                                                                                  local.get 19
                                                                                                  local.get 3
                                                                                                  i64.load offset=792
                                                                                                  i64.store align=4
                                                                                                  local.get 3
                                                                                                  local.get 3
                                                                                                  i32.const 92
                                                                                                  i32.add
                                                                                                  i32.store offset=768
                                                                                                  block  ;; label = @48
                                                                                                    local.get 3
                                                                                                    i32.load offset=776
                                                                                                    local.tee 2
                                                                                                    local.get 3
                                                                                                    i32.load offset=780
                                                                                                    local.tee 35
                                                                                                    i32.const 80500
                                                                                                    i32.const 4
                                                                                                    call 82
                                                                                                    i32.eqz
                                                                                                    br_if 0 (;@48;)
                                                                                                    local.get 3
                                                                                                    i32.const 736
                                                                                                    i32.add
                                                                                                    local.set 40
                                                                                                    i32.const 0
                                                                                                    local.set 39
                                                                                                    br 2 (;@46;)
                                                                                                  end
                                                                                                  block  ;; label = @48
                                                                                                    local.get 2
                                                                                                    local.get 35
                                                                                                    i32.const 80504
                                                                                                    i32.const 6
                                                                                                    call 82
                                                                                                    i32.eqz
                                                                                                    br_if 0 (;@48;)
                                                                                                    local.get 3
                                                                                                    i32.const 728
                                                                                                    i32.add
                                                                                                    local.set 40
                                                                                                    i32.const 1
                                                                                                    local.set 39
                                                                                                    br 2 (;@46;)
                                                                                                  end
                                                                                                  block  ;; label = @48
                                                                                                    local.get 2
                                                                                                    local.get 35
                                                                                                    i32.const 80510
                                                                                                    i32.const 7
                                                                                                    call 82
                                                                                                    i32.eqz
                                                                                                    br_if 0 (;@48;)
                                                                                                    local.get 3
                                                                                                    i32.const 720
                                                                                                    i32.add
                                                                                                    local.set 40
                                                                                                    i32.const 2
                                                                                                    local.set 39
                                                                                                    br 2 (;@46;)
                                                                                                  end
                                                                                                  local.get 3
                                                                                                  i32.const 824
                                                                                                  i32.add
                                                                                                  local.get 3
                                                                                                  i32.const 92
                                                                                                  i32.add
                                                                                                  call 83
                                                                                                  local.get 3
                                                                                                  i32.load offset=824
                                                                                                  local.tee 2
                                                                                                  i32.const -2147483648
                                                                                                  i32.eq
                                                                                                  br_if 6 (;@41;)
                                                                                                  br 2 (;@45;)
                                                                                                end
                                                                                                local.get 3
                                                                                                i32.load offset=100
                                                                                                local.set 2
                                                                                                local.get 3
                                                                                                i32.const 752
                                                                                                i32.add
                                                                                                i32.const 81129
                                                                                                i32.const 14
                                                                                                call 71
                                                                                                local.get 3
                                                                                                local.get 2
                                                                                                i32.store offset=764
                                                                                                local.get 3
                                                                                                i32.load offset=752
                                                                                                local.set 2
                                                                                                br 9 (;@37;)
                                                                                              end
                                                                                              local.get 3
                                                                                              i32.const 824
                                                                                              i32.add
                                                                                              local.get 3
                                                                                              i32.const 748
                                                                                              i32.add
                                                                                              local.get 3
                                                                                              i32.load offset=100
                                                                                              local.get 39
                                                                                              local.get 2
                                                                                              local.get 35
                                                                                              call 84
                                                                                              local.get 3
                                                                                              i32.load offset=824
                                                                                              local.tee 2
                                                                                              i32.const -2147483648
                                                                                              i32.ne
                                                                                              br_if 0 (;@45;)
                                                                                              local.get 3
                                                                                              i32.const 29
                                                                                              i32.store offset=788
                                                                                              local.get 3
                                                                                              i32.const 80875
                                                                                              i32.store offset=784
                                                                                              local.get 3
                                                                                              i32.const 92
                                                                                              i32.add
                                                                                              call 92
                                                                                              local.get 3
                                                                                              i32.load offset=100
                                                                                              local.set 2
                                                                                              local.get 3
                                                                                              i32.const 824
                                                                                              i32.add
                                                                                              local.get 3
                                                                                              i32.const 92
                                                                                              i32.add
                                                                                              call 93
                                                                                              local.get 3
                                                                                              i32.load offset=824
                                                                                              i32.const 1
                                                                                              i32.ne
                                                                                              br_if 1 (;@44;)
                                                                                              local.get 21
                                                                                              local.get 22
                                                                                              i32.load align=1
                                                                                              i32.store align=1
                                                                                              local.get 21
                                                                                              local.get 22
                                                                                              i32.load offset=3 align=1
                                                                                              i32.store offset=3 align=1
                                                                                              local.get 3
                                                                                              local.get 3
                                                                                              i32.load offset=840
                                                                                              i32.store offset=820
                                                                                              local.get 3
                                                                                              local.get 3
                                                                                              i32.load8_u offset=832
                                                                                              i32.store8 offset=812
                                                                                              local.get 3
                                                                                              i32.load offset=828
                                                                                              local.set 2
                                                                                              br 2 (;@43;)
                                                                                            end
                                                                                            local.get 3
                                                                                            i64.load offset=832 align=4
                                                                                            local.set 43
                                                                                            local.get 3
                                                                                            i32.load offset=828
                                                                                            local.set 47
                                                                                            br 5 (;@39;)
                                                                                          end
                                                                                          i64.const 0
                                                                                          local.get 3
                                                                                          i64.load offset=840
                                                                                          local.tee 48
                                                                                          i64.const 0
                                                                                          i64.ne
                                                                                          i64.extend_i32_u
                                                                                          i64.sub
                                                                                          i64.const 0
                                                                                          local.get 3
                                                                                          i32.load8_u offset=832
                                                                                          local.tee 35
                                                                                          select
                                                                                          i64.const 0
                                                                                          local.get 48
                                                                                          i64.sub
                                                                                          local.get 48
                                                                                          local.get 35
                                                                                          select
                                                                                          local.tee 48
                                                                                          i64.const -9223372036854775808
                                                                                          i64.add
                                                                                          local.get 48
                                                                                          i64.lt_u
                                                                                          i64.extend_i32_u
                                                                                          i64.add
                                                                                          i64.eqz
                                                                                          br_if 1 (;@42;)
                                                                                          local.get 3
                                                                                          local.get 2
                                                                                          i32.store offset=100
                                                                                          local.get 3
                                                                                          i32.const 3
                                                                                          i32.store offset=828
                                                                                          local.get 3
                                                                                          local.get 3
                                                                                          i32.const 784
                                                                                          i32.add
                                                                                          i32.store offset=824
                                                                                          local.get 3
                                                                                          i32.const 808
                                                                                          i32.add
                                                                                          i32.const 65792
                                                                                          local.get 3
                                                                                          i32.const 824
                                                                                          i32.add
                                                                                          call 95
                                                                                          local.get 3
                                                                                          local.get 2
                                                                                          i32.store offset=820
                                                                                          local.get 3
                                                                                          i32.load offset=808
                                                                                          local.set 2
                                                                                        end
                                                                                        local.get 2
                                                                                        i32.const -2147483648
                                                                                        i32.ne
                                                                                        br_if 2 (;@40;)
                                                                                        local.get 3
                                                                                        i64.load offset=816
                                                                                        local.set 48
                                                                                      end
                                                                                      local.get 40
                                                                                      local.get 48
                                                                                      i64.store
                                                                                    end
                                                                                    i32.const -2147483648
                                                                                    local.set 2
                                                                                    br 1 (;@39;)
                                                                                  end
                                                                                  local.get 3
                                                                                  i64.load offset=816
                                                                                  local.set 43
                                                                                  local.get 3
                                                                                  i32.load offset=812
                                                                                  local.set 47
                                                                                end
                                                                                local.get 19
                                                                                call 81
                                                                                block  ;; label = @39
                                                                                  local.get 2
                                                                                  i32.const -2147483648
                                                                                  i32.eq
                                                                                  br_if 0 (;@39;)
                                                                                  local.get 3
                                                                                  local.get 43
                                                                                  i64.store offset=760 align=4
                                                                                  local.get 3
                                                                                  local.get 47
                                                                                  i32.store offset=756
                                                                                  br 2 (;@37;)
                                                                                end
                                                                                local.get 3
                                                                                i32.const 824
                                                                                i32.add
                                                                                local.get 3
                                                                                i32.const 92
                                                                                i32.add
                                                                                i32.const 125
                                                                                call 86
                                                                                local.get 3
                                                                                i32.load8_u offset=828
                                                                                local.set 35
                                                                                block  ;; label = @39
                                                                                  local.get 3
                                                                                  i32.load offset=824
                                                                                  local.tee 2
                                                                                  i32.const -2147483648
                                                                                  i32.eq
                                                                                  br_if 0 (;@39;)
                                                                                  local.get 20
                                                                                  local.get 14
                                                                                  i32.load offset=7 align=1
                                                                                  i32.store offset=7 align=1
                                                                                  local.get 20
                                                                                  local.get 14
                                                                                  i64.load align=1
                                                                                  i64.store align=1
                                                                                  local.get 3
                                                                                  local.get 35
                                                                                  i32.store8 offset=756
                                                                                  br 2 (;@37;)
                                                                                end
                                                                                local.get 35
                                                                                i32.const 1
                                                                                i32.and
                                                                                i32.eqz
                                                                                br_if 0 (;@38;)
                                                                              end
                                                                              i32.const -2147483648
                                                                              local.set 2
                                                                            end
                                                                            local.get 2
                                                                            i32.const -2147483648
                                                                            i32.ne
                                                                            br_if 4 (;@32;)
                                                                            local.get 3
                                                                            i64.load offset=720
                                                                            local.set 49
                                                                            local.get 3
                                                                            i64.load offset=728
                                                                            local.set 43
                                                                            local.get 3
                                                                            i64.load offset=736
                                                                            local.set 48
                                                                            br 1 (;@35;)
                                                                          end
                                                                          local.get 3
                                                                          local.get 3
                                                                          i32.load offset=100
                                                                          i32.const 1
                                                                          i32.add
                                                                          i32.store offset=100
                                                                          i64.const 0
                                                                          local.set 49
                                                                          i64.const 0
                                                                          local.set 43
                                                                          i64.const 0
                                                                          local.set 48
                                                                        end
                                                                        local.get 3
                                                                        local.get 43
                                                                        i64.store offset=712
                                                                        local.get 3
                                                                        local.get 48
                                                                        i64.store offset=704
                                                                        local.get 48
                                                                        i64.const 32
                                                                        i64.shr_u
                                                                        i32.wrap_i64
                                                                        local.set 2
                                                                        local.get 48
                                                                        i32.wrap_i64
                                                                        local.set 35
                                                                        i64.const 1
                                                                        local.set 48
                                                                      end
                                                                      local.get 3
                                                                      local.get 49
                                                                      i64.store offset=528
                                                                      local.get 3
                                                                      local.get 43
                                                                      i64.store offset=520
                                                                      local.get 3
                                                                      local.get 2
                                                                      i32.store offset=516
                                                                      local.get 3
                                                                      local.get 35
                                                                      i32.store offset=512
                                                                      local.get 3
                                                                      local.get 48
                                                                      i64.store offset=504
                                                                    end
                                                                    i32.const -2147483648
                                                                    local.set 2
                                                                    br 4 (;@28;)
                                                                  end
                                                                  local.get 3
                                                                  local.get 3
                                                                  i32.load offset=764
                                                                  i32.store offset=716
                                                                  local.get 3
                                                                  local.get 3
                                                                  i64.load offset=756 align=4
                                                                  local.tee 45
                                                                  i64.store offset=708 align=4
                                                                  local.get 3
                                                                  local.get 2
                                                                  i32.store offset=704
                                                                  local.get 45
                                                                  i32.wrap_i64
                                                                  local.set 46
                                                                end
                                                                local.get 46
                                                                i32.const 8
                                                                i32.shr_u
                                                                local.set 44
                                                                local.get 3
                                                                i64.load offset=712
                                                                local.set 45
                                                                br 2 (;@28;)
                                                              end
                                                              local.get 3
                                                              i32.load offset=772
                                                              local.tee 46
                                                              i32.const 8
                                                              i32.shr_u
                                                              local.set 44
                                                              local.get 3
                                                              i64.load offset=776 align=4
                                                              local.set 45
                                                              br 1 (;@28;)
                                                            end
                                                            local.get 3
                                                            i32.load offset=828
                                                            local.tee 46
                                                            i32.const 8
                                                            i32.shr_u
                                                            local.set 44
                                                            local.get 3
                                                            i64.load offset=832 align=4
                                                            local.set 45
                                                          end
                                                          local.get 25
                                                          call 81
                                                          block  ;; label = @28
                                                            local.get 2
                                                            i32.const -2147483648
                                                            i32.eq
                                                            br_if 0 (;@28;)
                                                            local.get 3
                                                            local.get 45
                                                            i64.store offset=664 align=4
                                                            local.get 3
                                                            local.get 44
                                                            i32.const 8
                                                            i32.shl
                                                            local.get 46
                                                            i32.const 255
                                                            i32.and
                                                            i32.or
                                                            i32.store offset=660
                                                            br 2 (;@26;)
                                                          end
                                                          local.get 3
                                                          i32.const 824
                                                          i32.add
                                                          local.get 3
                                                          i32.const 92
                                                          i32.add
                                                          i32.const 125
                                                          call 86
                                                          local.get 3
                                                          i32.load8_u offset=828
                                                          local.set 35
                                                          block  ;; label = @28
                                                            local.get 3
                                                            i32.load offset=824
                                                            local.tee 2
                                                            i32.const -2147483648
                                                            i32.eq
                                                            br_if 0 (;@28;)
                                                            local.get 13
                                                            local.get 14
                                                            i32.load offset=7 align=1
                                                            i32.store offset=7 align=1
                                                            local.get 13
                                                            local.get 14
                                                            i64.load align=1
                                                            i64.store align=1
                                                            local.get 3
                                                            local.get 35
                                                            i32.store8 offset=660
                                                            br 2 (;@26;)
                                                          end
                                                          local.get 35
                                                          i32.const 1
                                                          i32.and
                                                          i32.eqz
                                                          br_if 0 (;@27;)
                                                        end
                                                        i32.const -2147483648
                                                        local.set 2
                                                      end
                                                      local.get 2
                                                      i32.const -2147483648
                                                      i32.eq
                                                      br_if 1 (;@24;)
                                                    end
                                                    local.get 12
                                                    local.get 26
                                                    i32.load offset=8
                                                    i32.store offset=8
                                                    local.get 12
                                                    local.get 26
                                                    i64.load align=4
                                                    i64.store align=4
                                                    br 3 (;@21;)
                                                  end
                                                  block  ;; label = @24
                                                    local.get 3
                                                    i32.load offset=652
                                                    i32.const 1
                                                    i32.and
                                                    br_if 0 (;@24;)
                                                    local.get 3
                                                    i32.load offset=100
                                                    local.set 2
                                                    br 2 (;@22;)
                                                  end
                                                  local.get 3
                                                  i32.const 216
                                                  i32.add
                                                  local.get 3
                                                  i32.const 504
                                                  i32.add
                                                  i32.const 144
                                                  memory.copy
                                                  local.get 3
                                                  i32.load offset=224
                                                  local.set 2
                                                  local.get 3
                                                  i64.load offset=216
                                                  local.tee 45
                                                  i64.const 2
                                                  i64.eq
                                                  br_if 3 (;@20;)
                                                  local.get 3
                                                  i32.const 216
                                                  i32.add
                                                  i32.const 15
                                                  i32.add
                                                  i32.load8_u
                                                  local.set 35
                                                  local.get 3
                                                  i32.load8_u offset=228
                                                  local.set 39
                                                  local.get 3
                                                  i64.load offset=232
                                                  local.set 43
                                                  local.get 3
                                                  i32.load16_u offset=229 align=1
                                                  local.set 40
                                                  local.get 9
                                                  local.get 10
                                                  i32.const 120
                                                  memory.copy
                                                  local.get 3
                                                  i32.const 360
                                                  i32.add
                                                  i32.const 15
                                                  i32.add
                                                  local.get 35
                                                  i32.store8
                                                  local.get 3
                                                  local.get 40
                                                  i32.store16 offset=373 align=1
                                                  local.get 3
                                                  local.get 43
                                                  i64.store offset=376
                                                  local.get 3
                                                  local.get 39
                                                  i32.store8 offset=372
                                                  local.get 3
                                                  local.get 2
                                                  i32.store offset=368
                                                  local.get 3
                                                  local.get 45
                                                  i64.store offset=360
                                                  local.get 3
                                                  i32.const 104
                                                  i32.add
                                                  local.get 3
                                                  i32.const 360
                                                  i32.add
                                                  call 96
                                                  br 4 (;@19;)
                                                end
                                                local.get 3
                                                local.get 3
                                                i32.load offset=100
                                                i32.const 1
                                                i32.add
                                                local.tee 2
                                                i32.store offset=100
                                              end
                                              local.get 11
                                              i32.const 80248
                                              i32.const 21
                                              call 71
                                              local.get 3
                                              local.get 2
                                              i32.store offset=236
                                              local.get 3
                                              i32.load offset=224
                                              local.set 2
                                            end
                                            local.get 3
                                            i32.const 504
                                            i32.add
                                            call 97
                                          end
                                          local.get 2
                                          i32.const -2147483648
                                          i32.eq
                                          br_if 0 (;@19;)
                                          local.get 3
                                          i32.load16_u offset=229 align=1
                                          local.get 3
                                          i32.const 216
                                          i32.add
                                          i32.const 15
                                          i32.add
                                          i32.load8_u
                                          i32.const 16
                                          i32.shl
                                          i32.or
                                          local.set 36
                                          local.get 3
                                          i64.load offset=232
                                          local.set 37
                                          local.get 3
                                          i32.load8_u offset=228
                                          local.set 38
                                          br 10 (;@9;)
                                        end
                                        local.get 3
                                        i32.const 504
                                        i32.add
                                        local.get 3
                                        i32.const 92
                                        i32.add
                                        i32.const 93
                                        call 86
                                        local.get 3
                                        i32.load8_u offset=508
                                        local.set 35
                                        block  ;; label = @19
                                          local.get 3
                                          i32.load offset=504
                                          local.tee 2
                                          i32.const -2147483648
                                          i32.ne
                                          br_if 0 (;@19;)
                                          local.get 35
                                          i32.const 1
                                          i32.and
                                          br_if 8 (;@11;)
                                          br 1 (;@18;)
                                        end
                                      end
                                      local.get 3
                                      i32.load16_u offset=509 align=1
                                      local.get 3
                                      i32.const 504
                                      i32.add
                                      i32.const 7
                                      i32.add
                                      i32.load8_u
                                      i32.const 16
                                      i32.shl
                                      i32.or
                                      local.set 36
                                      local.get 3
                                      i64.load offset=512 align=4
                                      local.set 37
                                      local.get 35
                                      local.set 38
                                      br 8 (;@9;)
                                    end
                                    local.get 3
                                    i32.load offset=100
                                    local.set 2
                                    local.get 3
                                    i32.const 168
                                    i32.add
                                    i32.const 81129
                                    i32.const 14
                                    call 71
                                    local.get 3
                                    local.get 2
                                    i32.store offset=180
                                    local.get 3
                                    i32.load offset=168
                                    local.set 2
                                    br 9 (;@7;)
                                  end
                                  local.get 3
                                  i32.const 504
                                  i32.add
                                  local.get 3
                                  i32.const 164
                                  i32.add
                                  local.get 3
                                  i32.load offset=100
                                  i32.const 0
                                  i32.const 80187
                                  i32.const 3
                                  call 84
                                  local.get 3
                                  i32.load offset=504
                                  local.tee 2
                                  i32.const -2147483648
                                  i32.ne
                                  br_if 5 (;@10;)
                                  local.get 3
                                  i32.const 29
                                  i32.store offset=220
                                  local.get 3
                                  i32.const 80846
                                  i32.store offset=216
                                  local.get 3
                                  i32.const 92
                                  i32.add
                                  call 92
                                  local.get 3
                                  i32.load offset=100
                                  local.set 2
                                  local.get 3
                                  i32.const 504
                                  i32.add
                                  local.get 3
                                  i32.const 92
                                  i32.add
                                  call 93
                                  block  ;; label = @16
                                    block  ;; label = @17
                                      block  ;; label = @18
                                        block  ;; label = @19
                                          local.get 3
                                          i32.load offset=504
                                          i32.const 1
                                          i32.ne
                                          br_if 0 (;@19;)
                                          local.get 7
                                          local.get 8
                                          i32.load align=1
                                          i32.store align=1
                                          local.get 7
                                          local.get 8
                                          i32.load offset=3 align=1
                                          i32.store offset=3 align=1
                                          local.get 3
                                          local.get 3
                                          i32.load offset=520
                                          i32.store offset=372
                                          local.get 3
                                          local.get 3
                                          i32.load8_u offset=512
                                          i32.store8 offset=364
                                          local.get 3
                                          i32.load offset=508
                                          local.set 2
                                          br 1 (;@18;)
                                        end
                                        i64.const 0
                                        local.get 3
                                        i64.load offset=520
                                        local.tee 45
                                        i64.sub
                                        local.get 45
                                        local.get 3
                                        i32.load8_u offset=512
                                        local.tee 35
                                        select
                                        local.tee 43
                                        i64.const -2147483648
                                        i64.add
                                        local.tee 48
                                        i64.const -4294967297
                                        i64.gt_u
                                        i32.const 0
                                        i64.const 0
                                        local.get 45
                                        i64.const 0
                                        i64.ne
                                        i64.extend_i32_u
                                        i64.sub
                                        i64.const 0
                                        local.get 35
                                        select
                                        local.get 48
                                        local.get 43
                                        i64.lt_u
                                        i64.extend_i32_u
                                        i64.add
                                        i64.eqz
                                        select
                                        br_if 1 (;@17;)
                                        local.get 3
                                        local.get 2
                                        i32.store offset=100
                                        local.get 3
                                        i32.const 3
                                        i32.store offset=508
                                        local.get 3
                                        local.get 3
                                        i32.const 216
                                        i32.add
                                        i32.store offset=504
                                        local.get 3
                                        i32.const 360
                                        i32.add
                                        i32.const 65792
                                        local.get 3
                                        i32.const 504
                                        i32.add
                                        call 95
                                        local.get 3
                                        local.get 2
                                        i32.store offset=372
                                        local.get 3
                                        i32.load offset=360
                                        local.set 2
                                      end
                                      local.get 3
                                      i32.load offset=364
                                      local.set 35
                                      local.get 2
                                      i32.const -2147483648
                                      i32.eq
                                      br_if 1 (;@16;)
                                      local.get 35
                                      i32.const 8
                                      i32.shr_u
                                      local.set 36
                                      local.get 3
                                      i64.load offset=368 align=4
                                      local.set 37
                                      local.get 35
                                      local.set 38
                                      br 8 (;@9;)
                                    end
                                    local.get 43
                                    i32.wrap_i64
                                    local.set 35
                                  end
                                  local.get 3
                                  local.get 35
                                  i32.store offset=160
                                  br 4 (;@11;)
                                end
                                local.get 3
                                i32.const 504
                                i32.add
                                local.get 3
                                i32.const 164
                                i32.add
                                local.get 3
                                i32.load offset=100
                                i32.const 1
                                i32.const 80190
                                i32.const 8
                                call 84
                                local.get 3
                                i32.load offset=504
                                local.tee 2
                                i32.const -2147483648
                                i32.ne
                                br_if 4 (;@10;)
                                local.get 3
                                i32.const 504
                                i32.add
                                local.get 3
                                i32.const 92
                                i32.add
                                call 80
                                local.get 3
                                i64.load offset=512 align=4
                                local.set 45
                                local.get 3
                                i32.load offset=508
                                local.set 35
                                block  ;; label = @15
                                  local.get 3
                                  i32.load offset=504
                                  local.tee 2
                                  i32.const -2147483648
                                  i32.eq
                                  br_if 0 (;@15;)
                                  local.get 35
                                  i32.const 8
                                  i32.shr_u
                                  local.set 36
                                  local.get 35
                                  local.set 38
                                  local.get 45
                                  local.set 37
                                  br 6 (;@9;)
                                end
                                local.get 6
                                call 81
                                local.get 3
                                local.get 45
                                i64.store offset=120 align=4
                                local.get 3
                                local.get 35
                                i32.store offset=116
                                br 3 (;@11;)
                              end
                              local.get 3
                              i32.const 504
                              i32.add
                              local.get 3
                              i32.const 164
                              i32.add
                              local.get 3
                              i32.load offset=100
                              i32.const 2
                              i32.const 80198
                              i32.const 6
                              call 84
                              local.get 3
                              i32.load offset=504
                              local.tee 2
                              i32.const -2147483648
                              i32.ne
                              br_if 3 (;@10;)
                              local.get 3
                              i32.const 504
                              i32.add
                              local.get 3
                              i32.const 92
                              i32.add
                              call 98
                              local.get 3
                              i64.load offset=512 align=4
                              local.set 45
                              local.get 3
                              i32.load offset=508
                              local.set 35
                              block  ;; label = @14
                                local.get 3
                                i32.load offset=504
                                local.tee 2
                                i32.const -2147483648
                                i32.eq
                                br_if 0 (;@14;)
                                local.get 35
                                i32.const 8
                                i32.shr_u
                                local.set 36
                                local.get 35
                                local.set 38
                                local.get 45
                                local.set 37
                                br 5 (;@9;)
                              end
                              local.get 5
                              call 99
                              local.get 3
                              local.get 45
                              i64.store offset=132 align=4
                              local.get 3
                              local.get 35
                              i32.store offset=128
                              br 2 (;@11;)
                            end
                            local.get 3
                            i32.const 504
                            i32.add
                            local.get 3
                            i32.const 164
                            i32.add
                            local.get 3
                            i32.load offset=100
                            i32.const 3
                            i32.const 80204
                            i32.const 14
                            call 84
                            local.get 3
                            i32.load offset=504
                            local.tee 2
                            i32.const -2147483648
                            i32.ne
                            br_if 2 (;@10;)
                            local.get 3
                            i32.const 504
                            i32.add
                            local.get 3
                            i32.const 92
                            i32.add
                            call 98
                            local.get 3
                            i64.load offset=512 align=4
                            local.set 45
                            local.get 3
                            i32.load offset=508
                            local.set 35
                            block  ;; label = @13
                              local.get 3
                              i32.load offset=504
                              local.tee 2
                              i32.const -2147483648
                              i32.eq
                              br_if 0 (;@13;)
                              local.get 35
                              i32.const 8
                              i32.shr_u
                              local.set 36
                              local.get 35
                              local.set 38
                              local.get 45
                              local.set 37
                              br 4 (;@9;)
                            end
                            local.get 4
                            call 99
                            local.get 3
                            local.get 45
                            i64.store offset=144 align=4
                            local.get 3
                            local.get 35
                            i32.store offset=140
                            br 1 (;@11;)
                          end
                          local.get 3
                          i32.const 504
                          i32.add
                          local.get 3
                          i32.const 164
                          i32.add
                          local.get 3
                          i32.load offset=100
                          i32.const 4
                          i32.const 80218
                          i32.const 6
                          call 84
                          local.get 3
                          i32.load offset=504
                          local.tee 2
                          i32.const -2147483648
                          i32.ne
                          br_if 1 (;@10;)
                          local.get 3
                          i32.const 504
                          i32.add
                          local.get 3
                          i32.const 92
                          i32.add
                          call 83
                          local.get 3
                          i32.load offset=512
                          local.set 39
                          local.get 3
                          i32.load offset=508
                          local.set 35
                          block  ;; label = @12
                            local.get 3
                            i32.load offset=504
                            local.tee 2
                            i32.const -2147483648
                            i32.eq
                            br_if 0 (;@12;)
                            local.get 35
                            i32.const 8
                            i32.shr_u
                            local.set 36
                            local.get 3
                            i64.load32_u offset=516
                            i64.const 32
                            i64.shl
                            local.get 39
                            i64.extend_i32_u
                            i64.or
                            local.set 37
                            local.get 35
                            local.set 38
                            br 3 (;@9;)
                          end
                          local.get 3
                          local.get 39
                          i32.store offset=156
                          local.get 3
                          local.get 35
                          i32.store offset=152
                        end
                        i32.const -2147483648
                        local.set 2
                        br 1 (;@9;)
                      end
                      local.get 3
                      i32.load offset=508
                      local.tee 38
                      i32.const 8
                      i32.shr_u
                      local.set 36
                      local.get 3
                      i64.load offset=512 align=4
                      local.set 37
                    end
                    local.get 1
                    call 81
                    block  ;; label = @9
                      local.get 2
                      i32.const -2147483648
                      i32.eq
                      br_if 0 (;@9;)
                      local.get 3
                      local.get 37
                      i64.store offset=176 align=4
                      local.get 3
                      local.get 36
                      i32.const 8
                      i32.shl
                      local.get 38
                      i32.const 255
                      i32.and
                      i32.or
                      i32.store offset=172
                      br 2 (;@7;)
                    end
                    local.get 3
                    i32.const 504
                    i32.add
                    local.get 3
                    i32.const 92
                    i32.add
                    i32.const 125
                    call 86
                    local.get 3
                    i32.load8_u offset=508
                    local.set 35
                    block  ;; label = @9
                      local.get 3
                      i32.load offset=504
                      local.tee 2
                      i32.const -2147483648
                      i32.eq
                      br_if 0 (;@9;)
                      local.get 3
                      local.get 3
                      i32.load offset=516 align=1
                      i32.store offset=180 align=1
                      local.get 3
                      local.get 3
                      i64.load offset=509 align=1
                      i64.store offset=173 align=1
                      local.get 3
                      local.get 35
                      i32.store8 offset=172
                      br 2 (;@7;)
                    end
                    local.get 35
                    i32.const 1
                    i32.and
                    i32.eqz
                    br_if 0 (;@8;)
                  end
                  i32.const -2147483648
                  local.set 2
                end
                local.get 2
                i32.const -2147483648
                i32.eq
                br_if 2 (;@4;)
              end
              local.get 0
              local.get 3
              i32.load offset=180
              i32.store offset=16
              local.get 0
              local.get 3
              i64.load offset=172 align=4
              i64.store offset=8 align=4
              i32.const 4
              local.set 1
              br 2 (;@3;)
            end
            local.get 3
            local.get 3
            i32.load offset=100
            i32.const 1
            i32.add
            i32.store offset=100
          end
          local.get 3
          local.get 3
          i32.const 92
          i32.add
          call 79
          block  ;; label = @4
            local.get 3
            i32.load8_u
            i32.eqz
            br_if 0 (;@4;)
            local.get 3
            i32.load offset=100
            local.set 2
            local.get 3
            i32.const 504
            i32.add
            i32.const 80811
            i32.const 35
            call 71
            local.get 3
            local.get 2
            i32.store offset=516
            local.get 3
            i32.load offset=504
            local.tee 2
            i32.const -2147483648
            i32.eq
            br_if 0 (;@4;)
            local.get 0
            local.get 3
            i32.load offset=516
            i32.store offset=16
            local.get 0
            local.get 3
            i64.load offset=508 align=4
            i64.store offset=8 align=4
            i32.const 4
            local.set 1
            br 1 (;@3;)
          end
          local.get 3
          i32.load8_u offset=164
          i32.const 2
          i32.and
          br_if 1 (;@2;)
          local.get 3
          i32.load offset=100
          local.set 2
          local.get 0
          i32.const 4
          i32.add
          i32.const 80165
          i32.const 22
          call 71
          i32.const 16
          local.set 1
        end
        local.get 0
        local.get 1
        i32.add
        local.get 2
        i32.store
        local.get 0
        i32.const -2147483648
        i32.store
        local.get 6
        call 81
        local.get 5
        call 99
        local.get 4
        call 99
        local.get 3
        i32.const 104
        i32.add
        call 100
        br 1 (;@1;)
      end
      local.get 0
      local.get 3
      i32.const 104
      i32.add
      i32.const 60
      memory.copy
    end
    local.get 3
    i32.const 848
    i32.add
    global.set 0)
  (func (;33;) (type 12) (param i32 i32 i32) (result i64)
    (local i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i64)
    global.get 0
    i32.const 160
    i32.sub
    local.tee 3
    global.set 0
    local.get 3
    i32.const 28
    i32.add
    local.get 0
    local.get 1
    local.get 2
    call_indirect (type 0)
    block  ;; label = @1
      block  ;; label = @2
        block  ;; label = @3
          block  ;; label = @4
            local.get 3
            i32.load offset=28
            local.tee 4
            i32.const -2147483648
            i32.ne
            br_if 0 (;@4;)
            local.get 3
            local.get 3
            i64.load offset=40 align=4
            i64.store offset=96
            local.get 3
            local.get 3
            i64.load offset=32 align=4
            i64.store offset=88
            local.get 3
            i32.const 0
            i32.store offset=152
            local.get 3
            i64.const 4294967296
            i64.store offset=144 align=4
            local.get 3
            i32.const 1
            i32.store offset=132
            local.get 3
            local.get 3
            i32.const 100
            i32.add
            i32.store offset=128
            local.get 3
            i32.const 4
            i32.store offset=124
            local.get 3
            local.get 3
            i32.const 88
            i32.add
            i32.store offset=120
            local.get 3
            i32.const 144
            i32.add
            i32.const 82064
            i32.const 65760
            local.get 3
            i32.const 120
            i32.add
            call 49
            br_if 1 (;@3;)
            local.get 3
            local.get 3
            i32.load offset=152
            local.tee 1
            i32.store offset=112
            local.get 3
            local.get 3
            i64.load offset=144 align=4
            i64.store offset=104
            local.get 3
            i32.load offset=108
            local.set 0
            local.get 3
            i32.const 120
            i32.add
            i32.const 80156
            i32.const 9
            call 71
            local.get 3
            i32.const 120
            i32.add
            local.get 0
            local.get 1
            call 73
            local.get 3
            i32.const 120
            i32.add
            i32.const 125
            call 74
            local.get 3
            i32.load offset=128
            local.set 1
            local.get 3
            i32.load offset=124
            local.set 2
            local.get 3
            i32.load offset=120
            local.set 0
            local.get 3
            i32.const 104
            i32.add
            call 105
            local.get 3
            i32.const 88
            i32.add
            call 105
            br 3 (;@1;)
          end
          local.get 3
          i32.load offset=68
          local.set 5
          local.get 3
          i32.load offset=64
          local.set 6
          local.get 3
          i32.load offset=56
          local.set 7
          local.get 3
          i32.load offset=52
          local.set 8
          local.get 3
          i32.load offset=44
          local.set 9
          local.get 3
          i32.load offset=40
          local.set 10
          local.get 3
          i32.load offset=36
          local.set 11
          local.get 3
          i32.load offset=32
          local.set 12
          block  ;; label = @4
            block  ;; label = @5
              local.get 3
              i32.load offset=48
              i32.const 5
              i32.ne
              br_if 0 (;@5;)
              local.get 9
              i32.const 65536
              i32.const 5
              call 164
              i32.eqz
              br_if 1 (;@4;)
            end
            local.get 3
            local.get 12
            i32.store offset=136
            local.get 3
            local.get 12
            local.get 11
            i32.const 144
            i32.mul
            i32.add
            i32.store offset=140
            local.get 3
            i32.const 88
            i32.add
            local.get 3
            i32.const 136
            i32.add
            call 1
            block  ;; label = @5
              local.get 3
              i32.load offset=88
              i32.const -2147483648
              i32.ne
              br_if 0 (;@5;)
              i32.const 4
              local.set 13
              i32.const 0
              local.set 14
              i32.const 0
              local.set 15
              br 3 (;@2;)
            end
            local.get 3
            i64.load offset=136 align=4
            local.set 16
            local.get 3
            i32.const 16
            i32.add
            i32.const 4
            i32.const 4
            i32.const 12
            call 2
            local.get 3
            i32.load offset=16
            local.set 1
            local.get 3
            i32.load offset=20
            local.tee 2
            local.get 3
            i32.load offset=96
            i32.store offset=8
            local.get 2
            local.get 3
            i64.load offset=88 align=4
            i64.store align=4
            local.get 3
            i32.const 1
            i32.store offset=152
            local.get 3
            local.get 2
            i32.store offset=148
            local.get 3
            local.get 1
            i32.store offset=144
            local.get 3
            local.get 16
            i64.store offset=104 align=4
            i32.const 0
            local.set 1
            i32.const 1
            local.set 14
            block  ;; label = @5
              loop  ;; label = @6
                local.get 3
                i32.const 120
                i32.add
                local.get 3
                i32.const 104
                i32.add
                call 1
                local.get 3
                i32.load offset=120
                i32.const -2147483648
                i32.eq
                br_if 1 (;@5;)
                block  ;; label = @7
                  local.get 14
                  local.get 3
                  i32.load offset=144
                  i32.ne
                  br_if 0 (;@7;)
                  local.get 3
                  i32.const 144
                  i32.add
                  local.get 14
                  i32.const 1
                  i32.const 4
                  i32.const 12
                  call 136
                  local.get 3
                  i32.load offset=148
                  local.set 2
                end
                local.get 2
                local.get 1
                i32.add
                local.tee 0
                i32.const 20
                i32.add
                local.get 3
                i32.load offset=128
                i32.store
                local.get 0
                i32.const 12
                i32.add
                local.get 3
                i64.load offset=120 align=4
                i64.store align=4
                local.get 3
                local.get 14
                i32.const 1
                i32.add
                local.tee 14
                i32.store offset=152
                local.get 1
                i32.const 12
                i32.add
                local.set 1
                br 0 (;@6;)
              end
            end
            local.get 3
            i32.load offset=144
            local.set 15
            local.get 3
            i32.load offset=148
            local.set 13
            local.get 14
            i32.const 2
            i32.lt_u
            br_if 2 (;@2;)
            block  ;; label = @5
              local.get 14
              i32.const 21
              i32.lt_u
              br_if 0 (;@5;)
              local.get 13
              local.get 14
              call 15
              br 3 (;@2;)
            end
            local.get 13
            i32.const 12
            i32.add
            local.set 0
            loop  ;; label = @5
              local.get 1
              i32.eqz
              br_if 3 (;@2;)
              local.get 13
              local.get 0
              call 10
              local.get 1
              i32.const -12
              i32.add
              local.set 1
              local.get 0
              i32.const 12
              i32.add
              local.set 0
              br 0 (;@5;)
            end
          end
          local.get 3
          i32.const 8
          i32.add
          local.get 12
          i32.const 0
          local.get 11
          select
          call 24
          local.get 3
          local.get 3
          i32.load offset=12
          i32.const 4
          local.get 3
          i32.load offset=8
          local.tee 1
          select
          i32.store offset=92
          local.get 3
          local.get 1
          i32.const 65541
          local.get 1
          select
          i32.store offset=88
          local.get 3
          i32.const 3
          i32.store offset=124
          local.get 3
          local.get 3
          i32.const 88
          i32.add
          i32.store offset=120
          i32.const 66693
          local.get 3
          i32.const 120
          i32.add
          i32.const 66764
          call 8
          unreachable
        end
        i32.const 82104
        i32.const 55
        local.get 3
        i32.const 159
        i32.add
        i32.const 82088
        i32.const 82160
        call 66
        unreachable
      end
      local.get 10
      local.get 9
      call 4
      local.get 8
      local.get 7
      call 6
      local.get 6
      local.get 5
      call 6
      local.get 12
      local.get 11
      call 114
      local.get 4
      local.get 12
      call 115
      block  ;; label = @2
        block  ;; label = @3
          local.get 14
          br_if 0 (;@3;)
          i32.const 16
          local.set 1
          br 1 (;@2;)
        end
        local.get 13
        i32.const 8
        i32.add
        local.set 1
        i32.const 0
        local.set 0
        local.get 14
        local.set 2
        loop  ;; label = @3
          local.get 0
          local.get 1
          i32.load
          i32.add
          i32.const 3
          i32.add
          local.set 0
          local.get 1
          i32.const 12
          i32.add
          local.set 1
          local.get 2
          i32.const -1
          i32.add
          local.tee 2
          br_if 0 (;@3;)
        end
        local.get 0
        i32.const 16
        i32.add
        local.set 1
      end
      local.get 14
      i32.const 12
      i32.mul
      local.set 0
      local.get 3
      i32.const 120
      i32.add
      local.get 1
      call 30
      local.get 3
      i32.const 120
      i32.add
      i32.const 81951
      i32.const 12
      call 76
      i32.const 0
      local.set 2
      local.get 13
      local.set 1
      loop  ;; label = @2
        block  ;; label = @3
          block  ;; label = @4
            local.get 0
            i32.eqz
            br_if 0 (;@4;)
            local.get 2
            i32.eqz
            br_if 1 (;@3;)
            local.get 3
            i32.const 120
            i32.add
            i32.const 44
            call 74
            br 1 (;@3;)
          end
          local.get 3
          i32.const 120
          i32.add
          i32.const 81963
          i32.const 2
          call 76
          local.get 3
          i32.load offset=128
          local.set 1
          local.get 3
          i32.load offset=124
          local.set 2
          local.get 3
          i32.load offset=120
          local.set 0
          local.get 13
          local.get 14
          call 17
          local.get 15
          local.get 13
          call 18
          br 2 (;@1;)
        end
        local.get 3
        i32.const 120
        i32.add
        local.get 1
        i32.load offset=4
        local.get 1
        i32.load offset=8
        call 73
        local.get 2
        i32.const -1
        i32.add
        local.set 2
        local.get 0
        i32.const -12
        i32.add
        local.set 0
        local.get 1
        i32.const 12
        i32.add
        local.set 1
        br 0 (;@2;)
      end
    end
    block  ;; label = @1
      block  ;; label = @2
        block  ;; label = @3
          local.get 0
          local.get 1
          i32.gt_u
          br_if 0 (;@3;)
          local.get 2
          local.set 14
          br 1 (;@2;)
        end
        block  ;; label = @3
          local.get 1
          br_if 0 (;@3;)
          i32.const 1
          local.set 14
          local.get 0
          local.get 2
          i32.add
          i32.const 0
          i32.load offset=82432
          i32.ne
          br_if 1 (;@2;)
          i32.const 0
          local.get 2
          i32.store offset=82432
          br 1 (;@2;)
        end
        local.get 2
        local.get 0
        i32.const 1
        local.get 1
        call 40
        local.tee 14
        i32.eqz
        br_if 1 (;@1;)
      end
      local.get 3
      i32.const 160
      i32.add
      global.set 0
      local.get 14
      i64.extend_i32_u
      i64.const 32
      i64.shl
      local.get 1
      i64.extend_i32_u
      i64.or
      return
    end
    i32.const 1
    local.get 1
    call 26
    unreachable)
  (func (;34;) (type 11) (param i32 i32) (result i64)
    local.get 0
    local.get 1
    i32.const 5
    call 33)
  (func (;35;) (type 0) (param i32 i32 i32)
    (local i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i64 i64 i64 i32 i32 i32 i32 i32 i32 i32 i32 i32 i64 i32 i64 i64 i64 i64 i64 i64)
    global.get 0
    i32.const 320
    i32.sub
    local.tee 3
    global.set 0
    block  ;; label = @1
      block  ;; label = @2
        block  ;; label = @3
          block  ;; label = @4
            i32.const 0
            local.get 1
            local.get 2
            i32.const 4
            i32.lt_u
            select
            i32.const 4
            i32.const 81536
            i32.const 4
            call 104
            br_if 0 (;@4;)
            local.get 3
            i32.const 96
            i32.add
            local.get 1
            local.get 2
            i32.const 4
            call 127
            local.get 3
            i32.load offset=100
            local.set 4
            block  ;; label = @5
              local.get 3
              i32.load offset=96
              local.tee 5
              i32.const -2147483648
              i32.eq
              br_if 0 (;@5;)
              local.get 0
              local.get 3
              i64.load offset=104 align=4
              i64.store offset=12 align=4
              local.get 0
              local.get 4
              i32.store offset=8
              local.get 0
              local.get 5
              i32.store offset=4
              local.get 0
              i32.const -2147483648
              i32.store
              br 4 (;@1;)
            end
            block  ;; label = @5
              block  ;; label = @6
                local.get 4
                i32.const 64
                i32.lt_u
                br_if 0 (;@6;)
                local.get 4
                local.get 2
                i32.le_u
                br_if 1 (;@5;)
              end
              local.get 0
              i32.const 4
              i32.const 81687
              i32.const 23
              call 128
              br 4 (;@1;)
            end
            local.get 3
            i32.const 96
            i32.add
            local.get 1
            local.get 2
            i32.const 12
            call 127
            local.get 3
            i32.load offset=100
            local.set 4
            block  ;; label = @5
              local.get 3
              i32.load offset=96
              local.tee 5
              i32.const -2147483648
              i32.eq
              br_if 0 (;@5;)
              local.get 0
              local.get 3
              i64.load offset=104 align=4
              i64.store offset=12 align=4
              local.get 0
              local.get 4
              i32.store offset=8
              local.get 0
              local.get 5
              i32.store offset=4
              local.get 0
              i32.const -2147483648
              i32.store
              br 4 (;@1;)
            end
            local.get 3
            i32.const 96
            i32.add
            local.get 1
            local.get 2
            i32.const 16
            call 127
            local.get 3
            i32.load offset=100
            local.set 5
            block  ;; label = @5
              local.get 3
              i32.load offset=96
              local.tee 6
              i32.const -2147483648
              i32.eq
              br_if 0 (;@5;)
              local.get 0
              local.get 3
              i64.load offset=104 align=4
              i64.store offset=12 align=4
              local.get 0
              local.get 5
              i32.store offset=8
              local.get 0
              local.get 6
              i32.store offset=4
              local.get 0
              i32.const -2147483648
              i32.store
              br 4 (;@1;)
            end
            local.get 3
            i32.const 96
            i32.add
            local.get 1
            local.get 2
            i32.const 20
            call 127
            local.get 3
            i32.load offset=100
            local.set 7
            block  ;; label = @5
              local.get 3
              i32.load offset=96
              local.tee 6
              i32.const -2147483648
              i32.eq
              br_if 0 (;@5;)
              local.get 0
              local.get 3
              i64.load offset=104 align=4
              i64.store offset=12 align=4
              local.get 0
              local.get 7
              i32.store offset=8
              local.get 0
              local.get 6
              i32.store offset=4
              local.get 0
              i32.const -2147483648
              i32.store
              br 4 (;@1;)
            end
            local.get 3
            i32.const 96
            i32.add
            local.get 1
            local.get 2
            i32.const 24
            call 127
            local.get 3
            i32.load offset=100
            local.set 8
            block  ;; label = @5
              local.get 3
              i32.load offset=96
              local.tee 6
              i32.const -2147483648
              i32.eq
              br_if 0 (;@5;)
              local.get 0
              local.get 3
              i64.load offset=104 align=4
              i64.store offset=12 align=4
              local.get 0
              local.get 8
              i32.store offset=8
              local.get 0
              local.get 6
              i32.store offset=4
              local.get 0
              i32.const -2147483648
              i32.store
              br 4 (;@1;)
            end
            local.get 3
            i32.const 96
            i32.add
            local.get 1
            local.get 2
            i32.const 28
            call 127
            local.get 3
            i32.load offset=100
            local.set 9
            block  ;; label = @5
              local.get 3
              i32.load offset=96
              local.tee 6
              i32.const -2147483648
              i32.eq
              br_if 0 (;@5;)
              local.get 0
              local.get 3
              i64.load offset=104 align=4
              i64.store offset=12 align=4
              local.get 0
              local.get 9
              i32.store offset=8
              local.get 0
              local.get 6
              i32.store offset=4
              local.get 0
              i32.const -2147483648
              i32.store
              br 4 (;@1;)
            end
            block  ;; label = @5
              local.get 7
              i32.const 120
              i32.lt_u
              br_if 0 (;@5;)
              local.get 3
              i32.const 96
              i32.add
              local.get 2
              local.get 5
              local.get 4
              local.get 7
              i32.const 81540
              i32.const 4
              call 129
              block  ;; label = @6
                local.get 3
                i32.load offset=96
                local.tee 6
                i32.const -2147483648
                i32.eq
                br_if 0 (;@6;)
                local.get 0
                local.get 3
                i32.load offset=108
                i32.store offset=16
                local.get 0
                local.get 3
                i64.load offset=100 align=4
                i64.store offset=8 align=4
                local.get 0
                i32.const -2147483648
                i32.store
                local.get 0
                local.get 6
                i32.store offset=4
                br 5 (;@1;)
              end
              local.get 3
              i32.const 96
              i32.add
              local.get 2
              local.get 8
              local.get 9
              i32.const 16
              i32.const 81544
              i32.const 3
              call 129
              block  ;; label = @6
                local.get 3
                i32.load offset=96
                local.tee 6
                i32.const -2147483648
                i32.eq
                br_if 0 (;@6;)
                local.get 0
                local.get 3
                i32.load offset=108
                i32.store offset=16
                local.get 0
                local.get 3
                i64.load offset=100 align=4
                i64.store offset=8 align=4
                local.get 0
                i32.const -2147483648
                i32.store
                local.get 0
                local.get 6
                i32.store offset=4
                br 5 (;@1;)
              end
              local.get 3
              i32.const 48
              i32.add
              local.get 4
              i32.const 8
              i32.const 144
              call 72
              local.get 3
              i32.const 0
              i32.store offset=64
              local.get 3
              local.get 3
              i64.load offset=48
              i64.store offset=56 align=4
              local.get 3
              i32.const 96
              i32.add
              i32.const 80
              i32.add
              local.set 10
              local.get 3
              i32.const 96
              i32.add
              i32.const 4
              i32.add
              local.set 11
              local.get 3
              i32.const 108
              i32.add
              local.set 12
              local.get 3
              i32.const 304
              i32.add
              i32.const 4
              i32.add
              local.set 13
              i32.const 0
              local.set 14
              i32.const 0
              local.set 6
              loop  ;; label = @6
                local.get 14
                local.get 4
                i32.eq
                br_if 4 (;@2;)
                local.get 14
                local.get 7
                i32.mul
                local.get 5
                i32.add
                local.tee 15
                i32.const 120
                i32.add
                local.set 16
                block  ;; label = @7
                  block  ;; label = @8
                    block  ;; label = @9
                      block  ;; label = @10
                        block  ;; label = @11
                          local.get 15
                          i32.const -121
                          i32.gt_u
                          br_if 0 (;@11;)
                          local.get 16
                          local.get 2
                          i32.gt_u
                          br_if 0 (;@11;)
                          local.get 1
                          local.get 15
                          i32.add
                          local.tee 17
                          i32.const 72
                          call 130
                          local.set 18
                          local.get 17
                          i32.const 80
                          call 130
                          local.set 19
                          local.get 17
                          i32.const 88
                          call 130
                          local.set 20
                          block  ;; label = @12
                            block  ;; label = @13
                              local.get 18
                              i64.const 9223372036854775807
                              i64.and
                              i64.const 9218868437227405311
                              i64.gt_s
                              br_if 0 (;@13;)
                              local.get 19
                              i64.const 9223372036854775807
                              i64.and
                              i64.const 9218868437227405312
                              i64.ge_s
                              br_if 0 (;@13;)
                              local.get 20
                              i64.const 9223372036854775807
                              i64.and
                              i64.const 9218868437227405312
                              i64.lt_s
                              br_if 1 (;@12;)
                            end
                            local.get 3
                            i32.const 88
                            i32.store offset=112
                            local.get 3
                            i64.const 343597383752
                            i64.store offset=104 align=4
                            local.get 3
                            i32.const 104
                            i32.add
                            local.set 5
                            i32.const 0
                            local.set 2
                            block  ;; label = @13
                              loop  ;; label = @14
                                block  ;; label = @15
                                  local.get 2
                                  i32.const 4
                                  i32.add
                                  local.tee 1
                                  i32.const 16
                                  i32.ne
                                  br_if 0 (;@15;)
                                  i32.const 72
                                  local.set 1
                                  br 2 (;@13;)
                                end
                                local.get 5
                                local.get 2
                                i32.add
                                local.set 4
                                local.get 1
                                local.set 2
                                local.get 17
                                local.get 4
                                i32.load
                                local.tee 1
                                call 130
                                i64.const 9223372036854775807
                                i64.and
                                i64.const 9218868437227405312
                                i64.lt_s
                                br_if 0 (;@14;)
                              end
                            end
                            local.get 0
                            local.get 1
                            local.get 15
                            i32.add
                            i32.const 81564
                            i32.const 27
                            call 128
                            br 9 (;@3;)
                          end
                          local.get 17
                          i32.const 32
                          call 131
                          local.set 21
                          local.get 17
                          i32.const 36
                          call 131
                          local.set 22
                          local.get 17
                          i32.const 40
                          call 131
                          local.set 16
                          local.get 22
                          local.get 6
                          i32.eq
                          br_if 1 (;@10;)
                          br 2 (;@9;)
                        end
                        local.get 15
                        local.get 16
                        local.get 2
                        i32.const 81548
                        call 23
                        unreachable
                      end
                      local.get 16
                      local.get 6
                      i32.add
                      local.tee 23
                      local.get 16
                      i32.lt_u
                      br_if 0 (;@9;)
                      local.get 23
                      local.get 9
                      i32.gt_u
                      br_if 0 (;@9;)
                      local.get 14
                      i32.const 1
                      i32.add
                      local.set 14
                      local.get 3
                      i32.const 40
                      i32.add
                      local.get 16
                      i32.const 4
                      i32.const 24
                      call 72
                      local.get 3
                      i32.const 0
                      i32.store offset=76
                      local.get 3
                      local.get 3
                      i64.load offset=40
                      i64.store offset=68 align=4
                      local.get 8
                      local.get 6
                      i32.const 4
                      i32.shl
                      i32.add
                      local.set 6
                      loop  ;; label = @10
                        block  ;; label = @11
                          block  ;; label = @12
                            block  ;; label = @13
                              block  ;; label = @14
                                local.get 16
                                i32.eqz
                                br_if 0 (;@14;)
                                local.get 3
                                i32.const 32
                                i32.add
                                local.get 1
                                local.get 2
                                local.get 6
                                call 132
                                local.get 3
                                i32.load offset=36
                                local.set 24
                                local.get 3
                                i32.load offset=32
                                local.set 22
                                local.get 3
                                i32.const 24
                                i32.add
                                local.get 1
                                local.get 2
                                local.get 6
                                i32.const 8
                                i32.add
                                local.tee 25
                                call 132
                                block  ;; label = @15
                                  local.get 22
                                  i32.eqz
                                  br_if 0 (;@15;)
                                  local.get 3
                                  i32.load offset=24
                                  local.tee 26
                                  br_if 2 (;@13;)
                                end
                                local.get 3
                                i32.const 304
                                i32.add
                                local.get 1
                                local.get 2
                                local.get 6
                                call 133
                                local.get 3
                                local.get 13
                                i64.load align=4
                                i64.store offset=80
                                local.get 3
                                local.get 13
                                i32.load offset=8
                                i32.store offset=88
                                local.get 3
                                i32.load offset=304
                                local.tee 22
                                i32.const -2147483648
                                i32.eq
                                br_if 2 (;@12;)
                                local.get 0
                                local.get 3
                                i32.load offset=88
                                i32.store offset=16
                                local.get 0
                                local.get 3
                                i64.load offset=80
                                i64.store offset=8 align=4
                                local.get 0
                                local.get 22
                                i32.store offset=4
                                local.get 0
                                i32.const -2147483648
                                i32.store
                                br 6 (;@8;)
                              end
                              local.get 3
                              i32.const 16
                              i32.add
                              local.get 1
                              local.get 2
                              local.get 15
                              call 132
                              local.get 3
                              i32.load offset=20
                              local.set 22
                              local.get 3
                              i32.load offset=16
                              local.set 6
                              local.get 3
                              i32.const 8
                              i32.add
                              local.get 1
                              local.get 2
                              local.get 15
                              i32.const 8
                              i32.add
                              local.tee 27
                              call 132
                              local.get 3
                              i32.load offset=12
                              local.set 24
                              local.get 3
                              i32.load offset=8
                              local.set 16
                              local.get 3
                              local.get 1
                              local.get 2
                              local.get 15
                              i32.const 16
                              i32.add
                              local.tee 28
                              call 132
                              block  ;; label = @14
                                local.get 6
                                i32.eqz
                                br_if 0 (;@14;)
                                local.get 16
                                i32.eqz
                                br_if 0 (;@14;)
                                local.get 3
                                i32.load
                                local.tee 25
                                i32.eqz
                                br_if 0 (;@14;)
                                i32.const -2147483648
                                local.set 26
                                local.get 3
                                i32.load offset=4
                                local.set 15
                                i32.const -2147483648
                                local.set 29
                                i32.const -2147483648
                                local.set 27
                                br 7 (;@7;)
                              end
                              local.get 3
                              i32.const 96
                              i32.add
                              local.get 1
                              local.get 2
                              local.get 15
                              call 133
                              local.get 3
                              local.get 11
                              i64.load align=4
                              i64.store offset=288
                              local.get 3
                              local.get 11
                              i32.load offset=8
                              i32.store offset=296
                              block  ;; label = @14
                                local.get 3
                                i32.load offset=96
                                local.tee 6
                                i32.const -2147483648
                                i32.eq
                                br_if 0 (;@14;)
                                local.get 0
                                local.get 3
                                i32.load offset=296
                                i32.store offset=16
                                local.get 0
                                local.get 3
                                i64.load offset=288
                                i64.store offset=8 align=4
                                local.get 0
                                local.get 6
                                i32.store offset=4
                                local.get 0
                                i32.const -2147483648
                                i32.store
                                br 6 (;@8;)
                              end
                              local.get 3
                              i32.load offset=296
                              local.set 22
                              local.get 3
                              i32.load offset=292
                              local.set 6
                              local.get 3
                              i32.load offset=288
                              local.set 26
                              local.get 3
                              i32.const 96
                              i32.add
                              local.get 1
                              local.get 2
                              local.get 27
                              call 133
                              local.get 3
                              local.get 11
                              i64.load align=4
                              i64.store offset=304
                              local.get 3
                              local.get 11
                              i32.load offset=8
                              i32.store offset=312
                              block  ;; label = @14
                                block  ;; label = @15
                                  local.get 3
                                  i32.load offset=96
                                  local.tee 16
                                  i32.const -2147483648
                                  i32.eq
                                  br_if 0 (;@15;)
                                  local.get 0
                                  local.get 3
                                  i32.load offset=312
                                  i32.store offset=16
                                  local.get 0
                                  local.get 3
                                  i64.load offset=304
                                  i64.store offset=8 align=4
                                  local.get 0
                                  local.get 16
                                  i32.store offset=4
                                  local.get 0
                                  i32.const -2147483648
                                  i32.store
                                  br 1 (;@14;)
                                end
                                local.get 3
                                i32.load offset=312
                                local.set 24
                                local.get 3
                                i32.load offset=308
                                local.set 16
                                local.get 3
                                i32.load offset=304
                                local.set 29
                                local.get 3
                                i32.const 96
                                i32.add
                                local.get 1
                                local.get 2
                                local.get 28
                                call 133
                                local.get 3
                                i32.load offset=108
                                local.set 15
                                local.get 3
                                i32.load offset=104
                                local.set 25
                                local.get 3
                                i32.load offset=100
                                local.set 27
                                local.get 3
                                i32.load offset=96
                                local.tee 28
                                i32.const -2147483648
                                i32.eq
                                br_if 7 (;@7;)
                                local.get 0
                                local.get 15
                                i32.store offset=16
                                local.get 0
                                local.get 25
                                i32.store offset=12
                                local.get 0
                                local.get 27
                                i32.store offset=8
                                local.get 0
                                local.get 28
                                i32.store offset=4
                                local.get 0
                                i32.const -2147483648
                                i32.store
                                local.get 3
                                i32.const 304
                                i32.add
                                call 81
                              end
                              local.get 3
                              i32.const 288
                              i32.add
                              call 81
                              br 5 (;@8;)
                            end
                            local.get 3
                            i32.load offset=28
                            local.set 25
                            local.get 3
                            local.get 26
                            i32.store offset=112
                            local.get 3
                            i32.const -2147483648
                            i32.store offset=108
                            local.get 3
                            local.get 22
                            i32.store offset=100
                            local.get 3
                            i32.const -2147483648
                            i32.store offset=96
                            local.get 3
                            local.get 25
                            i32.store offset=116
                            local.get 3
                            local.get 24
                            i32.store offset=104
                            local.get 3
                            i32.const 68
                            i32.add
                            local.get 3
                            i32.const 96
                            i32.add
                            call 88
                            br 1 (;@11;)
                          end
                          local.get 3
                          i32.const 304
                          i32.add
                          local.get 1
                          local.get 2
                          local.get 25
                          call 133
                          local.get 3
                          local.get 13
                          i64.load align=4
                          i64.store offset=288
                          local.get 3
                          local.get 13
                          i32.load offset=8
                          i32.store offset=296
                          block  ;; label = @12
                            local.get 3
                            i32.load offset=304
                            local.tee 22
                            i32.const -2147483648
                            i32.eq
                            br_if 0 (;@12;)
                            local.get 0
                            local.get 3
                            i32.load offset=296
                            i32.store offset=16
                            local.get 0
                            local.get 3
                            i64.load offset=288
                            i64.store offset=8 align=4
                            local.get 0
                            local.get 22
                            i32.store offset=4
                            local.get 0
                            i32.const -2147483648
                            i32.store
                            local.get 3
                            i32.const 80
                            i32.add
                            call 81
                            br 4 (;@8;)
                          end
                          local.get 12
                          local.get 3
                          i32.load offset=296
                          i32.store offset=8
                          local.get 12
                          local.get 3
                          i64.load offset=288
                          i64.store align=4
                          local.get 3
                          local.get 3
                          i64.load offset=80
                          i64.store offset=96
                          local.get 3
                          local.get 3
                          i32.load offset=88
                          i32.store offset=104
                          local.get 3
                          i32.const 68
                          i32.add
                          local.get 3
                          i32.const 96
                          i32.add
                          call 88
                        end
                        local.get 16
                        i32.const -1
                        i32.add
                        local.set 16
                        local.get 6
                        i32.const 16
                        i32.add
                        local.set 6
                        br 0 (;@10;)
                      end
                    end
                    local.get 0
                    local.get 15
                    i32.const 36
                    i32.add
                    i32.const 81591
                    i32.const 67
                    call 128
                    br 5 (;@3;)
                  end
                  local.get 3
                  i32.const 68
                  i32.add
                  call 112
                  br 4 (;@3;)
                end
                i64.const 0
                local.set 30
                local.get 17
                i32.const 24
                call 131
                local.set 28
                local.get 17
                i32.const 28
                call 131
                local.set 31
                local.get 17
                i32.const 48
                call 130
                local.set 32
                local.get 17
                i32.const 56
                call 130
                local.set 33
                local.get 17
                i32.const 64
                call 130
                local.set 34
                block  ;; label = @7
                  local.get 21
                  i32.const 4
                  i32.and
                  i32.eqz
                  br_if 0 (;@7;)
                  i64.const 1
                  local.set 30
                  local.get 17
                  i32.const 96
                  call 130
                  local.set 35
                  local.get 17
                  i32.const 104
                  call 130
                  local.set 36
                  local.get 17
                  i32.const 112
                  call 130
                  local.set 37
                end
                local.get 10
                local.get 3
                i32.load offset=76
                i32.store offset=8
                local.get 10
                local.get 3
                i64.load offset=68 align=4
                i64.store align=4
                local.get 3
                local.get 31
                i32.store offset=228
                local.get 3
                local.get 28
                i32.store offset=224
                local.get 3
                local.get 15
                i32.store offset=220
                local.get 3
                local.get 25
                i32.store offset=216
                local.get 3
                local.get 27
                i32.store offset=212
                local.get 3
                local.get 24
                i32.store offset=208
                local.get 3
                local.get 16
                i32.store offset=204
                local.get 3
                local.get 29
                i32.store offset=200
                local.get 3
                local.get 22
                i32.store offset=196
                local.get 3
                local.get 6
                i32.store offset=192
                local.get 3
                local.get 26
                i32.store offset=188
                local.get 3
                local.get 34
                i64.store offset=160
                local.get 3
                local.get 19
                i64.store offset=152
                local.get 3
                local.get 18
                i64.store offset=144
                local.get 3
                local.get 33
                i64.store offset=136
                local.get 3
                local.get 32
                i64.store offset=128
                local.get 3
                local.get 21
                i32.const 1
                i32.and
                i32.store8 offset=232
                local.get 3
                local.get 21
                i32.const 1
                i32.shr_u
                i32.const 1
                i32.and
                i32.store8 offset=233
                local.get 3
                local.get 20
                i64.store offset=168
                local.get 3
                local.get 37
                i64.store offset=120
                local.get 3
                local.get 36
                i64.store offset=112
                local.get 3
                local.get 35
                i64.store offset=104
                local.get 3
                local.get 30
                i64.store offset=96
                local.get 3
                i32.const 56
                i32.add
                local.get 3
                i32.const 96
                i32.add
                call 96
                local.get 23
                local.set 6
                br 0 (;@6;)
              end
            end
            local.get 0
            i32.const 20
            i32.const 81658
            i32.const 29
            call 128
            br 3 (;@1;)
          end
          local.get 0
          i32.const 0
          i32.const 81710
          i32.const 34
          call 128
          br 2 (;@1;)
        end
        local.get 3
        i32.const 56
        i32.add
        call 100
        br 1 (;@1;)
      end
      local.get 3
      i32.const 304
      i32.add
      local.get 1
      local.get 2
      i32.const 8
      call 127
      local.get 3
      i32.load offset=308
      local.set 4
      block  ;; label = @2
        local.get 3
        i32.load offset=304
        local.tee 5
        i32.const -2147483648
        i32.eq
        br_if 0 (;@2;)
        local.get 0
        local.get 3
        i64.load offset=312 align=4
        i64.store offset=12 align=4
        local.get 0
        local.get 4
        i32.store offset=8
        local.get 0
        local.get 5
        i32.store offset=4
        local.get 0
        i32.const -2147483648
        i32.store
        local.get 3
        i32.const 56
        i32.add
        call 100
        br 1 (;@1;)
      end
      local.get 3
      i32.const 304
      i32.add
      local.get 1
      local.get 2
      i32.const 32
      call 133
      local.get 3
      local.get 3
      i64.load offset=308 align=4
      i64.store offset=240
      local.get 3
      local.get 3
      i32.load offset=316
      i32.store offset=248
      block  ;; label = @2
        local.get 3
        i32.load offset=304
        local.tee 5
        i32.const -2147483648
        i32.eq
        br_if 0 (;@2;)
        local.get 0
        local.get 3
        i32.load offset=248
        i32.store offset=16
        local.get 0
        local.get 3
        i64.load offset=240
        i64.store offset=8 align=4
        local.get 0
        local.get 5
        i32.store offset=4
        local.get 0
        i32.const -2147483648
        i32.store
        local.get 3
        i32.const 56
        i32.add
        call 100
        br 1 (;@1;)
      end
      local.get 3
      i32.const 304
      i32.add
      local.get 1
      local.get 2
      i32.const 40
      call 134
      local.get 3
      local.get 3
      i64.load offset=308 align=4
      i64.store offset=256
      local.get 3
      local.get 3
      i32.load offset=316
      i32.store offset=264
      block  ;; label = @2
        local.get 3
        i32.load offset=304
        local.tee 5
        i32.const -2147483648
        i32.eq
        br_if 0 (;@2;)
        local.get 0
        local.get 3
        i32.load offset=264
        i32.store offset=16
        local.get 0
        local.get 3
        i64.load offset=256
        i64.store offset=8 align=4
        local.get 0
        local.get 5
        i32.store offset=4
        local.get 0
        i32.const -2147483648
        i32.store
        local.get 3
        i32.const 240
        i32.add
        call 81
        local.get 3
        i32.const 56
        i32.add
        call 100
        br 1 (;@1;)
      end
      local.get 3
      i32.const 304
      i32.add
      local.get 1
      local.get 2
      i32.const 48
      call 134
      local.get 3
      local.get 3
      i64.load offset=308 align=4
      i64.store offset=272
      local.get 3
      local.get 3
      i32.load offset=316
      i32.store offset=280
      block  ;; label = @2
        local.get 3
        i32.load offset=304
        local.tee 5
        i32.const -2147483648
        i32.eq
        br_if 0 (;@2;)
        local.get 0
        local.get 3
        i32.load offset=280
        i32.store offset=16
        local.get 0
        local.get 3
        i64.load offset=272
        i64.store offset=8 align=4
        local.get 0
        local.get 5
        i32.store offset=4
        local.get 0
        i32.const -2147483648
        i32.store
        local.get 3
        i32.const 256
        i32.add
        call 99
        local.get 3
        i32.const 240
        i32.add
        call 81
        local.get 3
        i32.const 56
        i32.add
        call 100
        br 1 (;@1;)
      end
      local.get 3
      i32.const 304
      i32.add
      local.get 1
      local.get 2
      i32.const 56
      call 134
      local.get 3
      local.get 3
      i64.load offset=308 align=4
      i64.store offset=288
      local.get 3
      local.get 3
      i32.load offset=316
      i32.store offset=296
      block  ;; label = @2
        local.get 3
        i32.load offset=304
        local.tee 2
        i32.const -2147483648
        i32.eq
        br_if 0 (;@2;)
        local.get 0
        local.get 3
        i32.load offset=296
        i32.store offset=16
        local.get 0
        local.get 3
        i64.load offset=288
        i64.store offset=8 align=4
        local.get 0
        local.get 2
        i32.store offset=4
        local.get 0
        i32.const -2147483648
        i32.store
        local.get 3
        i32.const 272
        i32.add
        call 99
        local.get 3
        i32.const 256
        i32.add
        call 99
        local.get 3
        i32.const 240
        i32.add
        call 81
        local.get 3
        i32.const 56
        i32.add
        call 100
        br 1 (;@1;)
      end
      local.get 3
      local.get 3
      i64.load offset=56 align=4
      i64.store offset=96
      local.get 3
      local.get 3
      i32.load offset=64
      i32.store offset=104
      local.get 3
      local.get 3
      i64.load offset=240
      i64.store offset=108 align=4
      local.get 3
      local.get 3
      i32.load offset=248
      i32.store offset=116
      local.get 3
      local.get 3
      i64.load offset=256
      i64.store offset=120
      local.get 3
      local.get 3
      i32.load offset=264
      i32.store offset=128
      local.get 3
      local.get 3
      i32.load offset=280
      i32.store offset=140
      local.get 3
      local.get 3
      i64.load offset=272
      i64.store offset=132 align=4
      local.get 3
      i32.load offset=292
      local.set 2
      local.get 3
      i32.load offset=296
      local.set 1
      local.get 3
      i32.load offset=288
      local.set 5
      local.get 0
      local.get 3
      i32.const 96
      i32.add
      i32.const 48
      memory.copy
      local.get 0
      local.get 4
      i32.store offset=56
      local.get 0
      local.get 1
      i32.const 2
      local.get 5
      i32.const -2147483648
      i32.eq
      local.tee 4
      select
      i32.store offset=52
      local.get 0
      local.get 2
      i32.const 82232
      local.get 4
      select
      i32.store offset=48
      local.get 3
      i32.const 288
      i32.add
      call 99
    end
    local.get 3
    i32.const 320
    i32.add
    global.set 0)
  (func (;36;) (type 3) (param i32 i32)
    local.get 1
    local.get 0
    call 42
    unreachable)
  (func (;37;) (type 7)
    i32.const 66888
    i32.const 35
    i32.const 66908
    call 8
    unreachable)
  (func (;38;) (type 0) (param i32 i32 i32)
    (local i32)
    global.get 0
    i32.const 16
    i32.sub
    local.tee 3
    global.set 0
    block  ;; label = @1
      local.get 2
      local.get 1
      i32.add
      local.tee 1
      local.get 2
      i32.ge_u
      br_if 0 (;@1;)
      i32.const 0
      i32.const 0
      call 26
      unreachable
    end
    local.get 3
    i32.const 4
    i32.add
    local.get 0
    i32.load
    local.tee 2
    local.get 0
    i32.load offset=4
    local.get 1
    local.get 2
    i32.const 1
    i32.shl
    local.tee 2
    local.get 1
    local.get 2
    i32.gt_u
    select
    local.tee 2
    i32.const 8
    local.get 2
    i32.const 8
    i32.gt_u
    select
    local.tee 2
    call 39
    block  ;; label = @1
      local.get 3
      i32.load offset=4
      i32.const 1
      i32.ne
      br_if 0 (;@1;)
      local.get 3
      i32.load offset=8
      local.get 3
      i32.load offset=12
      call 26
      unreachable
    end
    local.get 3
    i32.load offset=8
    local.set 1
    local.get 0
    local.get 2
    i32.store
    local.get 0
    local.get 1
    i32.store offset=4
    local.get 3
    i32.const 16
    i32.add
    global.set 0)
  (func (;39;) (type 4) (param i32 i32 i32 i32)
    (local i32)
    i32.const 0
    local.set 4
    block  ;; label = @1
      block  ;; label = @2
        local.get 3
        i32.const 0
        i32.ge_s
        br_if 0 (;@2;)
        i32.const 1
        local.set 1
        i32.const 4
        local.set 2
        br 1 (;@1;)
      end
      block  ;; label = @2
        block  ;; label = @3
          local.get 1
          i32.eqz
          br_if 0 (;@3;)
          local.get 2
          local.get 1
          i32.const 1
          local.get 3
          call 40
          local.set 4
          br 1 (;@2;)
        end
        i32.const 1
        local.get 3
        call 41
        local.set 4
      end
      block  ;; label = @2
        block  ;; label = @3
          local.get 4
          br_if 0 (;@3;)
          i32.const 1
          local.set 1
          local.get 0
          i32.const 1
          i32.store offset=4
          br 1 (;@2;)
        end
        local.get 0
        local.get 4
        i32.store offset=4
        i32.const 0
        local.set 1
      end
      i32.const 8
      local.set 2
      local.get 3
      local.set 4
    end
    local.get 0
    local.get 2
    i32.add
    local.get 4
    i32.store
    local.get 0
    local.get 1
    i32.store)
  (func (;40;) (type 5) (param i32 i32 i32 i32) (result i32)
    (local i32)
    i32.const 0
    local.set 4
    block  ;; label = @1
      block  ;; label = @2
        block  ;; label = @3
          block  ;; label = @4
            local.get 1
            local.get 0
            i32.add
            i32.const 0
            i32.load offset=82432
            i32.eq
            br_if 0 (;@4;)
            local.get 2
            local.get 3
            call 41
            local.tee 2
            i32.eqz
            br_if 1 (;@3;)
            local.get 3
            local.get 1
            local.get 3
            local.get 1
            i32.lt_u
            select
            local.tee 3
            br_if 2 (;@2;)
            br 3 (;@1;)
          end
          local.get 3
          local.get 0
          i32.add
          local.tee 1
          local.get 3
          i32.lt_u
          br_if 0 (;@3;)
          local.get 1
          call 70
          i32.eqz
          br_if 0 (;@3;)
          i32.const 0
          local.get 1
          i32.store offset=82432
          local.get 0
          local.set 4
        end
        local.get 4
        return
      end
      local.get 2
      local.get 0
      local.get 3
      memory.copy
    end
    local.get 2)
  (func (;41;) (type 2) (param i32 i32) (result i32)
    (local i32 i32 i32)
    i32.const 0
    local.set 2
    block  ;; label = @1
      i32.const 0
      i32.load offset=82432
      local.tee 3
      br_if 0 (;@1;)
      memory.size
      local.set 4
      i32.const 82464
      local.set 3
      i32.const 0
      i32.const 82464
      i32.store offset=82432
      i32.const 0
      local.get 4
      i32.const 16
      i32.shl
      i32.store offset=82436
    end
    block  ;; label = @1
      local.get 0
      i32.const -1
      i32.add
      local.tee 4
      local.get 3
      i32.add
      local.tee 3
      local.get 4
      i32.lt_u
      br_if 0 (;@1;)
      i32.const 0
      local.set 2
      local.get 3
      i32.const 0
      local.get 0
      i32.sub
      i32.and
      local.tee 0
      local.get 1
      i32.add
      local.tee 3
      local.get 0
      i32.lt_u
      br_if 0 (;@1;)
      local.get 3
      call 70
      i32.eqz
      br_if 0 (;@1;)
      i32.const 0
      local.get 3
      i32.store offset=82432
      local.get 0
      local.set 2
    end
    local.get 2)
  (func (;42;) (type 3) (param i32 i32)
    local.get 1
    local.get 0
    call 163
    unreachable)
  (func (;43;) (type 13) (param i32)
    (local i32 i32 i32)
    global.get 0
    i32.const 16
    i32.sub
    local.tee 1
    global.set 0
    local.get 1
    i32.const 4
    i32.add
    local.get 0
    i32.load
    local.tee 2
    local.get 0
    i32.load offset=4
    local.get 2
    i32.const 1
    i32.shl
    local.tee 2
    i32.const 8
    local.get 2
    i32.const 8
    i32.gt_u
    select
    local.tee 2
    call 39
    block  ;; label = @1
      local.get 1
      i32.load offset=4
      i32.const 1
      i32.ne
      br_if 0 (;@1;)
      local.get 1
      i32.load offset=8
      local.get 1
      i32.load offset=12
      call 26
      unreachable
    end
    local.get 1
    i32.load offset=8
    local.set 3
    local.get 0
    local.get 2
    i32.store
    local.get 0
    local.get 3
    i32.store offset=4
    local.get 1
    i32.const 16
    i32.add
    global.set 0)
  (func (;44;) (type 2) (param i32 i32) (result i32)
    local.get 1
    i32.load
    i32.const 80134
    i32.const 5
    local.get 1
    i32.load offset=4
    i32.load offset=12
    call_indirect (type 1))
  (func (;45;) (type 13) (param i32)
    (local i32)
    block  ;; label = @1
      local.get 0
      i32.load
      local.tee 1
      i32.eqz
      br_if 0 (;@1;)
      local.get 1
      local.get 0
      i32.load offset=4
      local.tee 0
      i32.add
      i32.const 0
      i32.load offset=82432
      i32.ne
      br_if 0 (;@1;)
      i32.const 0
      local.get 0
      i32.store offset=82432
    end)
  (func (;46;) (type 1) (param i32 i32 i32) (result i32)
    (local i32)
    block  ;; label = @1
      block  ;; label = @2
        block  ;; label = @3
          local.get 2
          local.get 0
          i32.load
          local.get 0
          i32.load offset=8
          local.tee 3
          i32.sub
          i32.le_u
          br_if 0 (;@3;)
          local.get 0
          local.get 3
          local.get 2
          call 38
          local.get 0
          i32.load offset=8
          local.set 3
          br 1 (;@2;)
        end
        local.get 2
        i32.eqz
        br_if 1 (;@1;)
      end
      local.get 2
      i32.eqz
      br_if 0 (;@1;)
      local.get 0
      i32.load offset=4
      local.get 3
      i32.add
      local.get 1
      local.get 2
      memory.copy
    end
    local.get 0
    local.get 3
    local.get 2
    i32.add
    i32.store offset=8
    i32.const 0)
  (func (;47;) (type 2) (param i32 i32) (result i32)
    (local i32 i32 i32 i32 i32 i32)
    local.get 0
    i32.load offset=8
    local.set 2
    block  ;; label = @1
      block  ;; label = @2
        local.get 1
        i32.const 128
        i32.ge_u
        br_if 0 (;@2;)
        i32.const 1
        local.set 3
        br 1 (;@1;)
      end
      block  ;; label = @2
        local.get 1
        i32.const 2048
        i32.ge_u
        br_if 0 (;@2;)
        i32.const 2
        local.set 3
        br 1 (;@1;)
      end
      i32.const 3
      i32.const 4
      local.get 1
      i32.const 65536
      i32.lt_u
      select
      local.set 3
    end
    local.get 2
    local.set 4
    block  ;; label = @1
      local.get 3
      local.get 0
      i32.load
      local.get 2
      i32.sub
      i32.le_u
      br_if 0 (;@1;)
      local.get 0
      local.get 2
      local.get 3
      call 38
      local.get 0
      i32.load offset=8
      local.set 4
    end
    local.get 0
    i32.load offset=4
    local.get 4
    i32.add
    local.set 4
    block  ;; label = @1
      block  ;; label = @2
        local.get 1
        i32.const 128
        i32.lt_u
        br_if 0 (;@2;)
        local.get 1
        i32.const 63
        i32.and
        i32.const -128
        i32.or
        local.set 5
        local.get 1
        i32.const 6
        i32.shr_u
        local.set 6
        block  ;; label = @3
          local.get 1
          i32.const 2048
          i32.ge_u
          br_if 0 (;@3;)
          local.get 4
          local.get 5
          i32.store8 offset=1
          local.get 4
          local.get 6
          i32.const 192
          i32.or
          i32.store8
          br 2 (;@1;)
        end
        local.get 1
        i32.const 12
        i32.shr_u
        local.set 7
        local.get 6
        i32.const 63
        i32.and
        i32.const -128
        i32.or
        local.set 6
        block  ;; label = @3
          local.get 1
          i32.const 65535
          i32.gt_u
          br_if 0 (;@3;)
          local.get 4
          local.get 5
          i32.store8 offset=2
          local.get 4
          local.get 6
          i32.store8 offset=1
          local.get 4
          local.get 7
          i32.const 224
          i32.or
          i32.store8
          br 2 (;@1;)
        end
        local.get 4
        local.get 5
        i32.store8 offset=3
        local.get 4
        local.get 6
        i32.store8 offset=2
        local.get 4
        local.get 7
        i32.const 63
        i32.and
        i32.const -128
        i32.or
        i32.store8 offset=1
        local.get 4
        local.get 1
        i32.const 18
        i32.shr_u
        i32.const -16
        i32.or
        i32.store8
        br 1 (;@1;)
      end
      local.get 4
      local.get 1
      i32.store8
    end
    local.get 0
    local.get 3
    local.get 2
    i32.add
    i32.store offset=8
    i32.const 0)
  (func (;48;) (type 1) (param i32 i32 i32) (result i32)
    local.get 0
    i32.const 66924
    local.get 1
    local.get 2
    call 49)
  (func (;49;) (type 5) (param i32 i32 i32 i32) (result i32)
    (local i32 i32 i32 i32 i32 i32 i32 i32)
    global.get 0
    i32.const 16
    i32.sub
    local.tee 4
    global.set 0
    block  ;; label = @1
      block  ;; label = @2
        block  ;; label = @3
          local.get 3
          i32.const 1
          i32.and
          br_if 0 (;@3;)
          local.get 2
          i32.load8_u
          local.tee 5
          br_if 1 (;@2;)
          i32.const 0
          local.set 5
          br 2 (;@1;)
        end
        local.get 0
        local.get 2
        local.get 3
        i32.const 1
        i32.shr_u
        local.get 1
        i32.load offset=12
        call_indirect (type 1)
        local.set 5
        br 1 (;@1;)
      end
      local.get 1
      i32.load offset=12
      local.set 6
      i32.const 0
      local.set 7
      loop  ;; label = @2
        local.get 2
        i32.const 1
        i32.add
        local.set 8
        block  ;; label = @3
          block  ;; label = @4
            block  ;; label = @5
              block  ;; label = @6
                block  ;; label = @7
                  local.get 5
                  i32.extend8_s
                  i32.const -1
                  i32.gt_s
                  br_if 0 (;@7;)
                  local.get 5
                  i32.const 255
                  i32.and
                  local.tee 9
                  i32.const 128
                  i32.eq
                  br_if 1 (;@6;)
                  local.get 9
                  i32.const 192
                  i32.ne
                  br_if 3 (;@4;)
                  local.get 4
                  local.get 1
                  i32.store offset=4
                  local.get 4
                  local.get 0
                  i32.store
                  local.get 4
                  i64.const 1610612768
                  i64.store offset=8 align=4
                  local.get 3
                  local.get 7
                  i32.const 3
                  i32.shl
                  i32.add
                  local.tee 5
                  i32.load
                  local.get 4
                  local.get 5
                  i32.load offset=4
                  call_indirect (type 2)
                  i32.eqz
                  br_if 2 (;@5;)
                  i32.const 1
                  local.set 5
                  br 6 (;@1;)
                end
                block  ;; label = @7
                  local.get 0
                  local.get 8
                  local.get 5
                  i32.const 255
                  i32.and
                  local.tee 5
                  local.get 6
                  call_indirect (type 1)
                  br_if 0 (;@7;)
                  local.get 8
                  local.get 5
                  i32.add
                  local.set 2
                  br 4 (;@3;)
                end
                i32.const 1
                local.set 5
                br 5 (;@1;)
              end
              block  ;; label = @6
                local.get 0
                local.get 2
                i32.const 3
                i32.add
                local.tee 5
                local.get 2
                i32.load16_u offset=1 align=1
                local.tee 2
                local.get 6
                call_indirect (type 1)
                br_if 0 (;@6;)
                local.get 5
                local.get 2
                i32.add
                local.set 2
                br 3 (;@3;)
              end
              i32.const 1
              local.set 5
              br 4 (;@1;)
            end
            local.get 7
            i32.const 1
            i32.add
            local.set 7
            local.get 8
            local.set 2
            br 1 (;@3;)
          end
          i32.const 1610612768
          local.set 10
          block  ;; label = @4
            local.get 5
            i32.const 1
            i32.and
            i32.eqz
            br_if 0 (;@4;)
            local.get 2
            i32.const 5
            i32.add
            local.set 8
            local.get 2
            i32.load offset=1 align=1
            local.set 10
          end
          i32.const 0
          local.set 9
          block  ;; label = @4
            block  ;; label = @5
              local.get 5
              i32.const 2
              i32.and
              br_if 0 (;@5;)
              i32.const 0
              local.set 11
              local.get 8
              local.set 2
              br 1 (;@4;)
            end
            local.get 8
            i32.const 2
            i32.add
            local.set 2
            local.get 8
            i32.load16_u align=1
            local.set 11
          end
          block  ;; label = @4
            block  ;; label = @5
              local.get 5
              i32.const 4
              i32.and
              br_if 0 (;@5;)
              local.get 2
              local.set 8
              br 1 (;@4;)
            end
            local.get 2
            i32.const 2
            i32.add
            local.set 8
            local.get 2
            i32.load16_u align=1
            local.set 9
          end
          block  ;; label = @4
            block  ;; label = @5
              local.get 5
              i32.const 8
              i32.and
              br_if 0 (;@5;)
              local.get 8
              local.set 2
              br 1 (;@4;)
            end
            local.get 8
            i32.const 2
            i32.add
            local.set 2
            local.get 8
            i32.load16_u align=1
            local.set 7
          end
          block  ;; label = @4
            local.get 5
            i32.const 16
            i32.and
            i32.eqz
            br_if 0 (;@4;)
            local.get 3
            local.get 11
            i32.const 65535
            i32.and
            i32.const 3
            i32.shl
            i32.add
            i32.load16_u offset=4
            local.set 11
          end
          block  ;; label = @4
            local.get 5
            i32.const 32
            i32.and
            i32.eqz
            br_if 0 (;@4;)
            local.get 3
            local.get 9
            i32.const 65535
            i32.and
            i32.const 3
            i32.shl
            i32.add
            i32.load16_u offset=4
            local.set 9
          end
          local.get 4
          local.get 9
          i32.store16 offset=14
          local.get 4
          local.get 11
          i32.store16 offset=12
          local.get 4
          local.get 10
          i32.store offset=8
          local.get 4
          local.get 1
          i32.store offset=4
          local.get 4
          local.get 0
          i32.store
          block  ;; label = @4
            local.get 3
            local.get 7
            i32.const 3
            i32.shl
            i32.add
            local.tee 5
            i32.load
            local.get 4
            local.get 5
            i32.load offset=4
            call_indirect (type 2)
            i32.eqz
            br_if 0 (;@4;)
            i32.const 1
            local.set 5
            br 3 (;@1;)
          end
          local.get 7
          i32.const 1
          i32.add
          local.set 7
        end
        local.get 2
        i32.load8_u
        local.tee 5
        br_if 0 (;@2;)
      end
      i32.const 0
      local.set 5
    end
    local.get 4
    i32.const 16
    i32.add
    global.set 0
    local.get 5)
  (func (;50;) (type 2) (param i32 i32) (result i32)
    local.get 1
    local.get 0
    i32.load
    local.get 0
    i32.load offset=4
    call 51)
  (func (;51;) (type 1) (param i32 i32 i32) (result i32)
    (local i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32)
    block  ;; label = @1
      block  ;; label = @2
        local.get 0
        i32.load offset=8
        local.tee 3
        i32.const 402653184
        i32.and
        i32.eqz
        br_if 0 (;@2;)
        block  ;; label = @3
          block  ;; label = @4
            block  ;; label = @5
              block  ;; label = @6
                block  ;; label = @7
                  local.get 3
                  i32.const 268435456
                  i32.and
                  i32.eqz
                  br_if 0 (;@7;)
                  local.get 0
                  i32.load16_u offset=14
                  local.tee 4
                  br_if 1 (;@6;)
                  i32.const 0
                  local.set 2
                  br 2 (;@5;)
                end
                block  ;; label = @7
                  local.get 2
                  i32.const 16
                  i32.lt_u
                  br_if 0 (;@7;)
                  local.get 2
                  local.get 1
                  local.get 1
                  i32.const 3
                  i32.add
                  i32.const -4
                  i32.and
                  local.tee 5
                  i32.sub
                  local.tee 6
                  i32.add
                  local.tee 7
                  i32.const 3
                  i32.and
                  local.set 8
                  i32.const 0
                  local.set 9
                  i32.const 0
                  local.set 4
                  block  ;; label = @8
                    local.get 1
                    local.get 5
                    i32.eq
                    br_if 0 (;@8;)
                    i32.const 0
                    local.set 4
                    local.get 1
                    local.set 10
                    loop  ;; label = @9
                      local.get 4
                      local.get 10
                      i32.load8_s
                      i32.const -65
                      i32.gt_s
                      i32.add
                      local.set 4
                      local.get 10
                      i32.const 1
                      i32.add
                      local.set 10
                      local.get 6
                      i32.const 1
                      i32.add
                      local.tee 6
                      br_if 0 (;@9;)
                    end
                  end
                  block  ;; label = @8
                    local.get 8
                    i32.eqz
                    br_if 0 (;@8;)
                    local.get 5
                    local.get 7
                    i32.const 2147483644
                    i32.and
                    i32.add
                    local.set 10
                    i32.const 0
                    local.set 9
                    loop  ;; label = @9
                      local.get 9
                      local.get 10
                      i32.load8_s
                      i32.const -65
                      i32.gt_s
                      i32.add
                      local.set 9
                      local.get 10
                      i32.const 1
                      i32.add
                      local.set 10
                      local.get 8
                      i32.const -1
                      i32.add
                      local.tee 8
                      br_if 0 (;@9;)
                    end
                  end
                  local.get 7
                  i32.const 2
                  i32.shr_u
                  local.set 6
                  local.get 9
                  local.get 4
                  i32.add
                  local.set 4
                  loop  ;; label = @8
                    local.get 5
                    local.set 7
                    local.get 6
                    i32.eqz
                    br_if 5 (;@3;)
                    local.get 6
                    i32.const 192
                    local.get 6
                    i32.const 192
                    i32.lt_u
                    select
                    local.tee 11
                    i32.const 3
                    i32.and
                    local.set 12
                    block  ;; label = @9
                      block  ;; label = @10
                        local.get 11
                        i32.const 2
                        i32.shl
                        local.tee 13
                        i32.const 1008
                        i32.and
                        local.tee 10
                        br_if 0 (;@10;)
                        i32.const 0
                        local.set 9
                        br 1 (;@9;)
                      end
                      local.get 7
                      local.get 10
                      i32.add
                      local.set 5
                      i32.const 0
                      local.set 9
                      local.get 7
                      local.set 10
                      loop  ;; label = @10
                        local.get 10
                        i32.const 12
                        i32.add
                        i32.load
                        local.tee 8
                        i32.const -1
                        i32.xor
                        i32.const 7
                        i32.shr_u
                        local.get 8
                        i32.const 6
                        i32.shr_u
                        i32.or
                        i32.const 16843009
                        i32.and
                        local.get 10
                        i32.const 8
                        i32.add
                        i32.load
                        local.tee 8
                        i32.const -1
                        i32.xor
                        i32.const 7
                        i32.shr_u
                        local.get 8
                        i32.const 6
                        i32.shr_u
                        i32.or
                        i32.const 16843009
                        i32.and
                        local.get 10
                        i32.const 4
                        i32.add
                        i32.load
                        local.tee 8
                        i32.const -1
                        i32.xor
                        i32.const 7
                        i32.shr_u
                        local.get 8
                        i32.const 6
                        i32.shr_u
                        i32.or
                        i32.const 16843009
                        i32.and
                        local.get 10
                        i32.load
                        local.tee 8
                        i32.const -1
                        i32.xor
                        i32.const 7
                        i32.shr_u
                        local.get 8
                        i32.const 6
                        i32.shr_u
                        i32.or
                        i32.const 16843009
                        i32.and
                        local.get 9
                        i32.add
                        i32.add
                        i32.add
                        i32.add
                        local.set 9
                        local.get 10
                        i32.const 16
                        i32.add
                        local.tee 10
                        local.get 5
                        i32.ne
                        br_if 0 (;@10;)
                      end
                    end
                    local.get 6
                    local.get 11
                    i32.sub
                    local.set 6
                    local.get 7
                    local.get 13
                    i32.add
                    local.set 5
                    local.get 9
                    i32.const 8
                    i32.shr_u
                    i32.const 16711935
                    i32.and
                    local.get 9
                    i32.const 16711935
                    i32.and
                    i32.add
                    i32.const 65537
                    i32.mul
                    i32.const 16
                    i32.shr_u
                    local.get 4
                    i32.add
                    local.set 4
                    local.get 12
                    i32.eqz
                    br_if 0 (;@8;)
                  end
                  local.get 12
                  i32.const 2
                  i32.shl
                  local.set 8
                  local.get 7
                  local.get 11
                  i32.const 252
                  i32.and
                  i32.const 2
                  i32.shl
                  i32.add
                  local.set 10
                  i32.const 0
                  local.set 9
                  loop  ;; label = @8
                    local.get 10
                    i32.load
                    local.tee 5
                    i32.const -1
                    i32.xor
                    i32.const 7
                    i32.shr_u
                    local.get 5
                    i32.const 6
                    i32.shr_u
                    i32.or
                    i32.const 16843009
                    i32.and
                    local.get 9
                    i32.add
                    local.set 9
                    local.get 10
                    i32.const 4
                    i32.add
                    local.set 10
                    local.get 8
                    i32.const -4
                    i32.add
                    local.tee 8
                    br_if 0 (;@8;)
                  end
                  local.get 9
                  i32.const 8
                  i32.shr_u
                  i32.const 16711935
                  i32.and
                  local.get 9
                  i32.const 16711935
                  i32.and
                  i32.add
                  i32.const 65537
                  i32.mul
                  i32.const 16
                  i32.shr_u
                  local.get 4
                  i32.add
                  local.set 4
                  br 4 (;@3;)
                end
                i32.const 0
                local.set 4
                local.get 2
                i32.eqz
                br_if 3 (;@3;)
                local.get 1
                local.set 10
                local.get 2
                local.set 9
                loop  ;; label = @7
                  local.get 4
                  local.get 10
                  i32.load8_s
                  i32.const -65
                  i32.gt_s
                  i32.add
                  local.set 4
                  local.get 10
                  i32.const 1
                  i32.add
                  local.set 10
                  local.get 9
                  i32.const -1
                  i32.add
                  local.tee 9
                  br_if 0 (;@7;)
                  br 4 (;@3;)
                end
              end
              local.get 1
              local.get 2
              i32.add
              local.set 5
              i32.const 0
              local.set 2
              local.get 1
              local.set 9
              local.get 4
              local.set 8
              loop  ;; label = @6
                local.get 9
                local.tee 10
                local.get 5
                i32.eq
                br_if 2 (;@4;)
                block  ;; label = @7
                  block  ;; label = @8
                    local.get 10
                    i32.load8_s
                    local.tee 9
                    i32.const -1
                    i32.le_s
                    br_if 0 (;@8;)
                    local.get 10
                    i32.const 1
                    i32.add
                    local.set 9
                    br 1 (;@7;)
                  end
                  block  ;; label = @8
                    local.get 9
                    i32.const -32
                    i32.ge_u
                    br_if 0 (;@8;)
                    local.get 10
                    i32.const 2
                    i32.add
                    local.set 9
                    br 1 (;@7;)
                  end
                  local.get 10
                  i32.const 4
                  i32.const 3
                  local.get 9
                  i32.const -17
                  i32.gt_u
                  select
                  i32.add
                  local.set 9
                end
                local.get 9
                local.get 10
                i32.sub
                local.get 2
                i32.add
                local.set 2
                local.get 8
                i32.const -1
                i32.add
                local.tee 8
                br_if 0 (;@6;)
              end
            end
            i32.const 0
            local.set 8
          end
          local.get 4
          local.get 8
          i32.sub
          local.set 4
        end
        local.get 4
        local.get 0
        i32.load16_u offset=12
        local.tee 10
        i32.ge_u
        br_if 0 (;@2;)
        local.get 10
        local.get 4
        i32.sub
        local.set 7
        i32.const 0
        local.set 10
        i32.const 0
        local.set 6
        block  ;; label = @3
          block  ;; label = @4
            block  ;; label = @5
              local.get 3
              i32.const 29
              i32.shr_u
              i32.const 3
              i32.and
              br_table 2 (;@3;) 0 (;@5;) 1 (;@4;) 2 (;@3;) 2 (;@3;)
            end
            local.get 7
            local.set 6
            br 1 (;@3;)
          end
          local.get 7
          i32.const 65534
          i32.and
          i32.const 1
          i32.shr_u
          local.set 6
        end
        local.get 3
        i32.const 2097151
        i32.and
        local.set 4
        local.get 0
        i32.load offset=4
        local.set 8
        local.get 0
        i32.load
        local.set 5
        block  ;; label = @3
          loop  ;; label = @4
            local.get 10
            i32.const 65535
            i32.and
            local.get 6
            i32.const 65535
            i32.and
            i32.ge_u
            br_if 1 (;@3;)
            i32.const 1
            local.set 9
            local.get 10
            i32.const 1
            i32.add
            local.set 10
            local.get 5
            local.get 4
            local.get 8
            i32.load offset=16
            call_indirect (type 2)
            br_if 3 (;@1;)
            br 0 (;@4;)
          end
        end
        i32.const 1
        local.set 9
        local.get 5
        local.get 1
        local.get 2
        local.get 8
        i32.load offset=12
        call_indirect (type 1)
        br_if 1 (;@1;)
        local.get 7
        local.get 6
        i32.sub
        i32.const 65535
        i32.and
        local.set 6
        i32.const 0
        local.set 10
        loop  ;; label = @3
          block  ;; label = @4
            local.get 10
            i32.const 65535
            i32.and
            local.get 6
            i32.lt_u
            br_if 0 (;@4;)
            i32.const 0
            return
          end
          i32.const 1
          local.set 9
          local.get 10
          i32.const 1
          i32.add
          local.set 10
          local.get 5
          local.get 4
          local.get 8
          i32.load offset=16
          call_indirect (type 2)
          br_if 2 (;@1;)
          br 0 (;@3;)
        end
      end
      local.get 0
      i32.load
      local.get 1
      local.get 2
      local.get 0
      i32.load offset=4
      i32.load offset=12
      call_indirect (type 1)
      local.set 9
    end
    local.get 9)
  (func (;52;) (type 2) (param i32 i32) (result i32)
    local.get 0
    i32.load
    local.get 1
    local.get 0
    i32.load offset=4
    i32.load offset=12
    call_indirect (type 2))
  (func (;53;) (type 13) (param i32)
    (local i32 i64)
    global.get 0
    i32.const 16
    i32.sub
    local.tee 1
    global.set 0
    local.get 0
    i64.load align=4
    local.set 2
    local.get 1
    local.get 0
    i32.store offset=12
    local.get 1
    local.get 2
    i64.store offset=4 align=4
    local.get 1
    i32.const 4
    i32.add
    call 152
    unreachable)
  (func (;54;) (type 1) (param i32 i32 i32) (result i32)
    (local i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32)
    local.get 0
    i32.load offset=4
    local.set 3
    local.get 0
    i32.load
    local.set 4
    local.get 0
    i32.load offset=8
    local.set 5
    i32.const 0
    local.set 6
    i32.const 0
    local.set 7
    i32.const 0
    local.set 8
    i32.const 0
    local.set 9
    block  ;; label = @1
      loop  ;; label = @2
        local.get 9
        i32.const 1
        i32.and
        br_if 1 (;@1;)
        block  ;; label = @3
          block  ;; label = @4
            local.get 2
            local.get 8
            i32.lt_u
            br_if 0 (;@4;)
            loop  ;; label = @5
              local.get 1
              local.get 8
              i32.add
              local.set 9
              block  ;; label = @6
                block  ;; label = @7
                  block  ;; label = @8
                    block  ;; label = @9
                      block  ;; label = @10
                        block  ;; label = @11
                          local.get 2
                          local.get 8
                          i32.sub
                          local.tee 10
                          i32.const 7
                          i32.gt_u
                          br_if 0 (;@11;)
                          local.get 2
                          local.get 8
                          i32.ne
                          br_if 1 (;@10;)
                          local.get 2
                          local.set 8
                          br 7 (;@4;)
                        end
                        local.get 9
                        i32.const 3
                        i32.add
                        i32.const -4
                        i32.and
                        local.tee 0
                        local.get 9
                        i32.eq
                        br_if 1 (;@9;)
                        local.get 0
                        local.get 9
                        i32.sub
                        local.set 11
                        i32.const 0
                        local.set 0
                        loop  ;; label = @11
                          local.get 9
                          local.get 0
                          i32.add
                          i32.load8_u
                          i32.const 10
                          i32.eq
                          br_if 5 (;@6;)
                          local.get 11
                          local.get 0
                          i32.const 1
                          i32.add
                          local.tee 0
                          i32.ne
                          br_if 0 (;@11;)
                        end
                        local.get 11
                        local.get 10
                        i32.const -8
                        i32.add
                        local.tee 12
                        i32.gt_u
                        br_if 3 (;@7;)
                        br 2 (;@8;)
                      end
                      i32.const 0
                      local.set 0
                      loop  ;; label = @10
                        local.get 9
                        local.get 0
                        i32.add
                        i32.load8_u
                        i32.const 10
                        i32.eq
                        br_if 4 (;@6;)
                        local.get 10
                        local.get 0
                        i32.const 1
                        i32.add
                        local.tee 0
                        i32.ne
                        br_if 0 (;@10;)
                      end
                      local.get 2
                      local.set 8
                      br 5 (;@4;)
                    end
                    local.get 10
                    i32.const -8
                    i32.add
                    local.set 12
                    i32.const 0
                    local.set 11
                  end
                  loop  ;; label = @8
                    i32.const 16843008
                    local.get 9
                    local.get 11
                    i32.add
                    local.tee 0
                    i32.load
                    local.tee 13
                    i32.const 168430090
                    i32.xor
                    i32.sub
                    local.get 13
                    i32.or
                    i32.const 16843008
                    local.get 0
                    i32.const 4
                    i32.add
                    i32.load
                    local.tee 0
                    i32.const 168430090
                    i32.xor
                    i32.sub
                    local.get 0
                    i32.or
                    i32.and
                    i32.const -2139062144
                    i32.and
                    i32.const -2139062144
                    i32.ne
                    br_if 1 (;@7;)
                    local.get 11
                    i32.const 8
                    i32.add
                    local.tee 11
                    local.get 12
                    i32.le_u
                    br_if 0 (;@8;)
                  end
                end
                block  ;; label = @7
                  local.get 10
                  local.get 11
                  i32.ne
                  br_if 0 (;@7;)
                  local.get 2
                  local.set 8
                  br 3 (;@4;)
                end
                local.get 9
                local.get 11
                i32.add
                local.set 13
                local.get 2
                local.get 11
                i32.sub
                local.get 8
                i32.sub
                local.set 10
                i32.const 0
                local.set 0
                block  ;; label = @7
                  loop  ;; label = @8
                    local.get 13
                    local.get 0
                    i32.add
                    i32.load8_u
                    i32.const 10
                    i32.eq
                    br_if 1 (;@7;)
                    local.get 10
                    local.get 0
                    i32.const 1
                    i32.add
                    local.tee 0
                    i32.ne
                    br_if 0 (;@8;)
                  end
                  local.get 2
                  local.set 8
                  br 3 (;@4;)
                end
                local.get 0
                local.get 11
                i32.add
                local.set 0
              end
              local.get 8
              local.get 0
              i32.add
              local.tee 11
              i32.const 1
              i32.add
              local.set 8
              block  ;; label = @6
                local.get 11
                local.get 2
                i32.ge_u
                br_if 0 (;@6;)
                local.get 9
                local.get 0
                i32.add
                i32.load8_u
                i32.const 10
                i32.ne
                br_if 0 (;@6;)
                i32.const 0
                local.set 9
                local.get 8
                local.set 13
                local.get 8
                local.set 0
                br 3 (;@3;)
              end
              local.get 2
              local.get 8
              i32.ge_u
              br_if 0 (;@5;)
            end
          end
          local.get 2
          local.get 7
          i32.eq
          br_if 2 (;@1;)
          i32.const 1
          local.set 9
          local.get 7
          local.set 13
          local.get 2
          local.set 0
        end
        block  ;; label = @3
          block  ;; label = @4
            local.get 5
            i32.load8_u
            i32.eqz
            br_if 0 (;@4;)
            local.get 4
            i32.const 79796
            i32.const 4
            local.get 3
            i32.load offset=12
            call_indirect (type 1)
            br_if 1 (;@3;)
          end
          local.get 0
          local.get 7
          i32.sub
          local.set 10
          i32.const 0
          local.set 11
          block  ;; label = @4
            local.get 0
            local.get 7
            i32.eq
            br_if 0 (;@4;)
            local.get 1
            local.get 0
            i32.add
            i32.const -1
            i32.add
            i32.load8_u
            i32.const 10
            i32.eq
            local.set 11
          end
          local.get 1
          local.get 7
          i32.add
          local.set 0
          local.get 5
          local.get 11
          i32.store8
          local.get 13
          local.set 7
          local.get 4
          local.get 0
          local.get 10
          local.get 3
          i32.load offset=12
          call_indirect (type 1)
          i32.eqz
          br_if 1 (;@2;)
        end
      end
      i32.const 1
      local.set 6
    end
    local.get 6)
  (func (;55;) (type 2) (param i32 i32) (result i32)
    (local i32 i32)
    local.get 0
    i32.load offset=4
    local.set 2
    local.get 0
    i32.load
    local.set 3
    block  ;; label = @1
      local.get 0
      i32.load offset=8
      local.tee 0
      i32.load8_u
      i32.eqz
      br_if 0 (;@1;)
      local.get 3
      i32.const 79796
      i32.const 4
      local.get 2
      i32.load offset=12
      call_indirect (type 1)
      i32.eqz
      br_if 0 (;@1;)
      i32.const 1
      return
    end
    local.get 0
    local.get 1
    i32.const 10
    i32.eq
    i32.store8
    local.get 3
    local.get 1
    local.get 2
    i32.load offset=16
    call_indirect (type 2))
  (func (;56;) (type 1) (param i32 i32 i32) (result i32)
    local.get 0
    i32.const 67240
    local.get 1
    local.get 2
    call 49)
  (func (;57;) (type 14) (param i32 i32 i32 i32 i32) (result i32)
    (local i32 i32 i32 i32 i32 i32 i32 i32 i64)
    local.get 0
    i32.load offset=8
    local.tee 5
    i32.const 2097152
    i32.and
    local.tee 6
    i32.const 21
    i32.shr_u
    local.get 4
    i32.add
    local.set 7
    block  ;; label = @1
      block  ;; label = @2
        local.get 5
        i32.const 8388608
        i32.and
        br_if 0 (;@2;)
        i32.const 0
        local.set 1
        br 1 (;@1;)
      end
      i32.const 0
      local.set 8
      block  ;; label = @2
        local.get 2
        i32.eqz
        br_if 0 (;@2;)
        local.get 1
        local.set 9
        local.get 2
        local.set 10
        loop  ;; label = @3
          local.get 8
          local.get 9
          i32.load8_s
          i32.const -65
          i32.gt_s
          i32.add
          local.set 8
          local.get 9
          i32.const 1
          i32.add
          local.set 9
          local.get 10
          i32.const -1
          i32.add
          local.tee 10
          br_if 0 (;@3;)
        end
      end
      local.get 8
      local.get 7
      i32.add
      local.set 7
    end
    i32.const 43
    i32.const 1114112
    local.get 6
    select
    local.set 11
    block  ;; label = @1
      block  ;; label = @2
        local.get 7
        local.get 0
        i32.load16_u offset=12
        local.tee 6
        i32.ge_u
        br_if 0 (;@2;)
        block  ;; label = @3
          block  ;; label = @4
            block  ;; label = @5
              local.get 5
              i32.const 16777216
              i32.and
              br_if 0 (;@5;)
              local.get 6
              local.get 7
              i32.sub
              local.set 12
              i32.const 0
              local.set 9
              i32.const 0
              local.set 6
              block  ;; label = @6
                block  ;; label = @7
                  block  ;; label = @8
                    local.get 5
                    i32.const 29
                    i32.shr_u
                    i32.const 3
                    i32.and
                    br_table 2 (;@6;) 0 (;@8;) 1 (;@7;) 0 (;@8;) 2 (;@6;)
                  end
                  local.get 12
                  local.set 6
                  br 1 (;@6;)
                end
                local.get 12
                i32.const 65534
                i32.and
                i32.const 1
                i32.shr_u
                local.set 6
              end
              local.get 5
              i32.const 2097151
              i32.and
              local.set 5
              local.get 0
              i32.load offset=4
              local.set 7
              local.get 0
              i32.load
              local.set 10
              loop  ;; label = @6
                local.get 9
                i32.const 65535
                i32.and
                local.get 6
                i32.const 65535
                i32.and
                i32.ge_u
                br_if 2 (;@4;)
                i32.const 1
                local.set 8
                local.get 9
                i32.const 1
                i32.add
                local.set 9
                local.get 10
                local.get 5
                local.get 7
                i32.load offset=16
                call_indirect (type 2)
                i32.eqz
                br_if 0 (;@6;)
                br 5 (;@1;)
              end
            end
            local.get 0
            local.get 0
            i64.load offset=8 align=4
            local.tee 13
            i32.wrap_i64
            i32.const -1612709888
            i32.and
            i32.const 536870960
            i32.or
            i32.store offset=8
            i32.const 1
            local.set 8
            local.get 0
            i32.load
            local.tee 10
            local.get 0
            i32.load offset=4
            local.tee 5
            local.get 11
            local.get 1
            local.get 2
            call 58
            br_if 3 (;@1;)
            i32.const 0
            local.set 9
            local.get 6
            local.get 7
            i32.sub
            i32.const 65535
            i32.and
            local.set 7
            loop  ;; label = @5
              local.get 9
              i32.const 65535
              i32.and
              local.get 7
              i32.ge_u
              br_if 2 (;@3;)
              i32.const 1
              local.set 8
              local.get 9
              i32.const 1
              i32.add
              local.set 9
              local.get 10
              i32.const 48
              local.get 5
              i32.load offset=16
              call_indirect (type 2)
              i32.eqz
              br_if 0 (;@5;)
              br 4 (;@1;)
            end
          end
          i32.const 1
          local.set 8
          local.get 10
          local.get 7
          local.get 11
          local.get 1
          local.get 2
          call 58
          br_if 2 (;@1;)
          local.get 10
          local.get 3
          local.get 4
          local.get 7
          i32.load offset=12
          call_indirect (type 1)
          br_if 2 (;@1;)
          local.get 12
          local.get 6
          i32.sub
          i32.const 65535
          i32.and
          local.set 0
          i32.const 0
          local.set 9
          loop  ;; label = @4
            block  ;; label = @5
              local.get 9
              i32.const 65535
              i32.and
              local.get 0
              i32.lt_u
              br_if 0 (;@5;)
              i32.const 0
              return
            end
            i32.const 1
            local.set 8
            local.get 9
            i32.const 1
            i32.add
            local.set 9
            local.get 10
            local.get 5
            local.get 7
            i32.load offset=16
            call_indirect (type 2)
            i32.eqz
            br_if 0 (;@4;)
            br 3 (;@1;)
          end
        end
        i32.const 1
        local.set 8
        local.get 10
        local.get 3
        local.get 4
        local.get 5
        i32.load offset=12
        call_indirect (type 1)
        br_if 1 (;@1;)
        local.get 0
        local.get 13
        i64.store offset=8 align=4
        i32.const 0
        return
      end
      i32.const 1
      local.set 8
      local.get 0
      i32.load
      local.tee 9
      local.get 0
      i32.load offset=4
      local.tee 10
      local.get 11
      local.get 1
      local.get 2
      call 58
      br_if 0 (;@1;)
      local.get 9
      local.get 3
      local.get 4
      local.get 10
      i32.load offset=12
      call_indirect (type 1)
      local.set 8
    end
    local.get 8)
  (func (;58;) (type 14) (param i32 i32 i32 i32 i32) (result i32)
    block  ;; label = @1
      local.get 2
      i32.const 1114112
      i32.eq
      br_if 0 (;@1;)
      local.get 0
      local.get 2
      local.get 1
      i32.load offset=16
      call_indirect (type 2)
      i32.eqz
      br_if 0 (;@1;)
      i32.const 1
      return
    end
    block  ;; label = @1
      local.get 3
      br_if 0 (;@1;)
      i32.const 0
      return
    end
    local.get 0
    local.get 3
    local.get 4
    local.get 1
    i32.load offset=12
    call_indirect (type 1))
  (func (;59;) (type 2) (param i32 i32) (result i32)
    (local i32 i32 i32 i32 i32 i32 i32)
    global.get 0
    i32.const 16
    i32.sub
    local.tee 2
    global.set 0
    i32.const 10
    local.set 3
    local.get 0
    i32.load
    local.tee 4
    local.set 5
    block  ;; label = @1
      local.get 4
      i32.const 1000
      i32.lt_u
      br_if 0 (;@1;)
      i32.const 10
      local.set 3
      local.get 4
      local.set 5
      loop  ;; label = @2
        local.get 2
        i32.const 6
        i32.add
        local.get 3
        i32.add
        local.tee 6
        i32.const -4
        i32.add
        local.get 5
        local.tee 0
        local.get 0
        i32.const 10000
        i32.div_u
        local.tee 5
        i32.const 10000
        i32.mul
        i32.sub
        local.tee 7
        i32.const 65535
        i32.and
        i32.const 100
        i32.div_u
        local.tee 8
        i32.const 1
        i32.shl
        i32.load16_u offset=67328 align=1
        i32.store16 align=1
        local.get 6
        i32.const -2
        i32.add
        local.get 7
        local.get 8
        i32.const 100
        i32.mul
        i32.sub
        i32.const 65535
        i32.and
        i32.const 1
        i32.shl
        i32.load16_u offset=67328 align=1
        i32.store16 align=1
        local.get 3
        i32.const -4
        i32.add
        local.set 3
        local.get 0
        i32.const 9999999
        i32.gt_u
        br_if 0 (;@2;)
      end
    end
    block  ;; label = @1
      block  ;; label = @2
        local.get 5
        i32.const 9
        i32.gt_u
        br_if 0 (;@2;)
        local.get 5
        local.set 0
        br 1 (;@1;)
      end
      local.get 2
      i32.const 6
      i32.add
      local.get 3
      i32.const -2
      i32.add
      local.tee 3
      i32.add
      local.get 5
      local.get 5
      i32.const 65535
      i32.and
      i32.const 100
      i32.div_u
      local.tee 0
      i32.const 100
      i32.mul
      i32.sub
      i32.const 65535
      i32.and
      i32.const 1
      i32.shl
      i32.load16_u offset=67328 align=1
      i32.store16 align=1
    end
    block  ;; label = @1
      block  ;; label = @2
        local.get 4
        i32.eqz
        br_if 0 (;@2;)
        local.get 0
        i32.eqz
        br_if 1 (;@1;)
      end
      local.get 2
      i32.const 6
      i32.add
      local.get 3
      i32.const -1
      i32.add
      local.tee 3
      i32.add
      local.get 0
      i32.const 1
      i32.shl
      i32.load8_u offset=67329
      i32.store8
    end
    local.get 1
    i32.const 1
    i32.const 0
    local.get 2
    i32.const 6
    i32.add
    local.get 3
    i32.add
    i32.const 10
    local.get 3
    i32.sub
    call 57
    local.set 3
    local.get 2
    i32.const 16
    i32.add
    global.set 0
    local.get 3)
  (func (;60;) (type 0) (param i32 i32 i32)
    (local i32 i32 i32 i32 i32 i64 i32)
    block  ;; label = @1
      local.get 2
      i32.eqz
      br_if 0 (;@1;)
      i32.const 0
      local.get 2
      i32.const -7
      i32.add
      local.tee 3
      local.get 3
      local.get 2
      i32.gt_u
      select
      local.set 4
      local.get 1
      i32.const 3
      i32.add
      i32.const -4
      i32.and
      local.get 1
      i32.sub
      local.set 5
      i32.const 0
      local.set 3
      loop  ;; label = @2
        block  ;; label = @3
          block  ;; label = @4
            block  ;; label = @5
              block  ;; label = @6
                local.get 1
                local.get 3
                i32.add
                i32.load8_u
                local.tee 6
                i32.extend8_s
                local.tee 7
                i32.const 0
                i32.lt_s
                br_if 0 (;@6;)
                local.get 5
                local.get 3
                i32.sub
                i32.const 3
                i32.and
                br_if 1 (;@5;)
                local.get 3
                local.get 4
                i32.ge_u
                br_if 2 (;@4;)
                loop  ;; label = @7
                  local.get 1
                  local.get 3
                  i32.add
                  local.tee 6
                  i32.const 4
                  i32.add
                  i32.load
                  local.get 6
                  i32.load
                  i32.or
                  i32.const -2139062144
                  i32.and
                  br_if 3 (;@4;)
                  local.get 3
                  i32.const 8
                  i32.add
                  local.tee 3
                  local.get 4
                  i32.lt_u
                  br_if 0 (;@7;)
                  br 3 (;@4;)
                end
              end
              i64.const 1103806595072
              local.set 8
              block  ;; label = @6
                block  ;; label = @7
                  block  ;; label = @8
                    block  ;; label = @9
                      block  ;; label = @10
                        block  ;; label = @11
                          block  ;; label = @12
                            block  ;; label = @13
                              block  ;; label = @14
                                local.get 6
                                i32.load8_u offset=67528
                                i32.const -2
                                i32.add
                                br_table 0 (;@14;) 1 (;@13;) 2 (;@12;) 7 (;@7;)
                              end
                              local.get 3
                              i32.const 1
                              i32.add
                              local.tee 6
                              local.get 2
                              i32.lt_u
                              br_if 2 (;@11;)
                              i64.const 0
                              local.set 8
                              br 6 (;@7;)
                            end
                            local.get 3
                            i32.const 1
                            i32.add
                            local.tee 9
                            local.get 2
                            i32.lt_u
                            br_if 2 (;@10;)
                            i64.const 0
                            local.set 8
                            br 5 (;@7;)
                          end
                          local.get 3
                          i32.const 1
                          i32.add
                          local.tee 9
                          local.get 2
                          i32.lt_u
                          br_if 2 (;@9;)
                          i64.const 0
                          local.set 8
                          br 4 (;@7;)
                        end
                        local.get 1
                        local.get 6
                        i32.add
                        i32.load8_s
                        i32.const -65
                        i32.gt_s
                        br_if 3 (;@7;)
                        br 4 (;@6;)
                      end
                      local.get 1
                      local.get 9
                      i32.add
                      i32.load8_s
                      local.set 9
                      block  ;; label = @10
                        block  ;; label = @11
                          block  ;; label = @12
                            local.get 6
                            i32.const -224
                            i32.add
                            br_table 0 (;@12;) 2 (;@10;) 2 (;@10;) 2 (;@10;) 2 (;@10;) 2 (;@10;) 2 (;@10;) 2 (;@10;) 2 (;@10;) 2 (;@10;) 2 (;@10;) 2 (;@10;) 2 (;@10;) 1 (;@11;) 2 (;@10;)
                          end
                          local.get 9
                          i32.const -32
                          i32.and
                          i32.const -96
                          i32.eq
                          br_if 3 (;@8;)
                          br 4 (;@7;)
                        end
                        local.get 9
                        i32.const -97
                        i32.gt_s
                        br_if 3 (;@7;)
                        br 2 (;@8;)
                      end
                      block  ;; label = @10
                        local.get 7
                        i32.const 31
                        i32.add
                        i32.const 255
                        i32.and
                        i32.const 12
                        i32.lt_u
                        br_if 0 (;@10;)
                        local.get 7
                        i32.const -2
                        i32.and
                        i32.const -18
                        i32.ne
                        br_if 3 (;@7;)
                        local.get 9
                        i32.const -64
                        i32.lt_s
                        br_if 2 (;@8;)
                        br 3 (;@7;)
                      end
                      local.get 9
                      i32.const -64
                      i32.lt_s
                      br_if 1 (;@8;)
                      br 2 (;@7;)
                    end
                    local.get 1
                    local.get 9
                    i32.add
                    i32.load8_s
                    local.set 9
                    block  ;; label = @9
                      block  ;; label = @10
                        block  ;; label = @11
                          block  ;; label = @12
                            local.get 6
                            i32.const -240
                            i32.add
                            br_table 1 (;@11;) 0 (;@12;) 0 (;@12;) 0 (;@12;) 2 (;@10;) 0 (;@12;)
                          end
                          local.get 7
                          i32.const 15
                          i32.add
                          i32.const 255
                          i32.and
                          i32.const 2
                          i32.gt_u
                          br_if 4 (;@7;)
                          local.get 9
                          i32.const -64
                          i32.lt_s
                          br_if 2 (;@9;)
                          br 4 (;@7;)
                        end
                        local.get 9
                        i32.const 112
                        i32.add
                        i32.const 255
                        i32.and
                        i32.const 48
                        i32.lt_u
                        br_if 1 (;@9;)
                        br 3 (;@7;)
                      end
                      local.get 9
                      i32.const -113
                      i32.gt_s
                      br_if 2 (;@7;)
                    end
                    block  ;; label = @9
                      local.get 3
                      i32.const 2
                      i32.add
                      local.tee 6
                      local.get 2
                      i32.lt_u
                      br_if 0 (;@9;)
                      i64.const 0
                      local.set 8
                      br 2 (;@7;)
                    end
                    block  ;; label = @9
                      local.get 1
                      local.get 6
                      i32.add
                      i32.load8_s
                      i32.const -65
                      i32.le_s
                      br_if 0 (;@9;)
                      i64.const 2203318222848
                      local.set 8
                      br 2 (;@7;)
                    end
                    i64.const 0
                    local.set 8
                    local.get 3
                    i32.const 3
                    i32.add
                    local.tee 6
                    local.get 2
                    i32.ge_u
                    br_if 1 (;@7;)
                    local.get 1
                    local.get 6
                    i32.add
                    i32.load8_s
                    i32.const -64
                    i32.lt_s
                    br_if 2 (;@6;)
                    i64.const 3302829850624
                    local.set 8
                    br 1 (;@7;)
                  end
                  i64.const 0
                  local.set 8
                  local.get 3
                  i32.const 2
                  i32.add
                  local.tee 6
                  local.get 2
                  i32.ge_u
                  br_if 0 (;@7;)
                  local.get 1
                  local.get 6
                  i32.add
                  i32.load8_s
                  i32.const -65
                  i32.le_s
                  br_if 1 (;@6;)
                  i64.const 2203318222848
                  local.set 8
                end
                local.get 0
                local.get 8
                local.get 3
                i64.extend_i32_u
                i64.or
                i64.store offset=4 align=4
                local.get 0
                i32.const 1
                i32.store
                return
              end
              local.get 6
              i32.const 1
              i32.add
              local.set 3
              br 2 (;@3;)
            end
            local.get 3
            i32.const 1
            i32.add
            local.set 3
            br 1 (;@3;)
          end
          local.get 3
          local.get 2
          i32.ge_u
          br_if 0 (;@3;)
          loop  ;; label = @4
            local.get 1
            local.get 3
            i32.add
            i32.load8_s
            i32.const 0
            i32.lt_s
            br_if 1 (;@3;)
            local.get 2
            local.get 3
            i32.const 1
            i32.add
            local.tee 3
            i32.ne
            br_if 0 (;@4;)
            br 3 (;@1;)
          end
        end
        local.get 3
        local.get 2
        i32.lt_u
        br_if 0 (;@2;)
      end
    end
    local.get 0
    local.get 2
    i32.store offset=8
    local.get 0
    local.get 1
    i32.store offset=4
    local.get 0
    i32.const 0
    i32.store)
  (func (;61;) (type 14) (param i32 i32 i32 i32 i32) (result i32)
    (local i32 i32 i32 i32)
    global.get 0
    i32.const 32
    i32.sub
    local.tee 5
    global.set 0
    i32.const 1
    local.set 6
    block  ;; label = @1
      local.get 0
      i32.load8_u offset=4
      br_if 0 (;@1;)
      local.get 0
      i32.load8_u offset=5
      local.set 7
      block  ;; label = @2
        local.get 0
        i32.load
        local.tee 8
        i32.load8_u offset=10
        i32.const 128
        i32.and
        br_if 0 (;@2;)
        i32.const 1
        local.set 6
        local.get 8
        i32.load
        i32.const 67222
        i32.const 67219
        local.get 7
        i32.const 1
        i32.and
        local.tee 7
        select
        i32.const 2
        i32.const 3
        local.get 7
        select
        local.get 8
        i32.load offset=4
        i32.load offset=12
        call_indirect (type 1)
        br_if 1 (;@1;)
        local.get 8
        i32.load
        local.get 1
        local.get 2
        local.get 8
        i32.load offset=4
        i32.load offset=12
        call_indirect (type 1)
        br_if 1 (;@1;)
        local.get 8
        i32.load
        i32.const 67224
        i32.const 2
        local.get 8
        i32.load offset=4
        i32.load offset=12
        call_indirect (type 1)
        br_if 1 (;@1;)
        local.get 3
        local.get 8
        local.get 4
        call_indirect (type 2)
        local.set 6
        br 1 (;@1;)
      end
      i32.const 1
      local.set 6
      block  ;; label = @2
        local.get 7
        i32.const 1
        i32.and
        br_if 0 (;@2;)
        local.get 8
        i32.load
        i32.const 67226
        i32.const 3
        local.get 8
        i32.load offset=4
        i32.load offset=12
        call_indirect (type 1)
        br_if 1 (;@1;)
      end
      i32.const 1
      local.set 6
      local.get 5
      i32.const 1
      i32.store8 offset=15
      local.get 5
      i32.const 67240
      i32.store offset=20
      local.get 5
      local.get 8
      i64.load align=4
      i64.store align=4
      local.get 5
      local.get 8
      i64.load offset=8 align=4
      i64.store offset=24 align=4
      local.get 5
      local.get 5
      i32.const 15
      i32.add
      i32.store offset=8
      local.get 5
      local.get 5
      i32.store offset=16
      local.get 5
      local.get 1
      local.get 2
      call 54
      br_if 0 (;@1;)
      local.get 5
      i32.const 67224
      i32.const 2
      call 54
      br_if 0 (;@1;)
      block  ;; label = @2
        local.get 3
        local.get 5
        i32.const 16
        i32.add
        local.get 4
        call_indirect (type 2)
        i32.eqz
        br_if 0 (;@2;)
        i32.const 1
        local.set 6
        br 1 (;@1;)
      end
      local.get 5
      i32.load offset=16
      i32.const 67229
      i32.const 2
      local.get 5
      i32.load offset=20
      i32.load offset=12
      call_indirect (type 1)
      local.set 6
    end
    local.get 0
    i32.const 1
    i32.store8 offset=5
    local.get 0
    local.get 6
    i32.store8 offset=4
    local.get 5
    i32.const 32
    i32.add
    global.set 0
    local.get 0)
  (func (;62;) (type 3) (param i32 i32)
    (local i32 i32 i32 i32 i32 i32 i32 i32 i32 i64 i64 i64 i64)
    block  ;; label = @1
      local.get 0
      i32.load
      local.tee 2
      i32.eqz
      br_if 0 (;@1;)
      local.get 1
      i32.const 63
      i32.and
      local.tee 3
      i32.const 1
      i32.shl
      local.tee 1
      i32.load16_u offset=67816
      local.tee 4
      i32.const 2047
      i32.and
      local.tee 5
      local.get 1
      i32.load16_u offset=67818
      i32.const 2047
      i32.and
      i32.sub
      local.set 6
      i32.const 0
      local.get 2
      i32.sub
      local.set 7
      local.get 0
      i32.const 8
      i32.add
      local.set 8
      local.get 4
      i32.const 11
      i32.shr_u
      local.set 4
      i32.const -1308
      local.set 1
      block  ;; label = @2
        block  ;; label = @3
          block  ;; label = @4
            loop  ;; label = @5
              local.get 6
              local.get 1
              i32.add
              i32.const -1308
              i32.eq
              br_if 3 (;@2;)
              local.get 5
              local.get 1
              i32.add
              local.tee 9
              i32.eqz
              br_if 3 (;@2;)
              local.get 7
              local.get 1
              i32.add
              i32.const -1308
              i32.eq
              br_if 1 (;@4;)
              local.get 1
              i32.const -540
              i32.eq
              br_if 2 (;@3;)
              local.get 8
              local.get 1
              i32.add
              local.set 10
              local.get 1
              i32.const 1
              i32.add
              local.set 1
              local.get 10
              i32.const 1308
              i32.add
              i32.load8_u
              local.tee 10
              local.get 9
              i32.const 69254
              i32.add
              i32.load8_u
              local.tee 9
              i32.const 255
              i32.and
              i32.eq
              br_if 0 (;@5;)
            end
            local.get 4
            local.get 10
            local.get 9
            i32.const 255
            i32.and
            i32.lt_u
            i32.sub
            local.set 4
            br 2 (;@2;)
          end
          local.get 4
          i32.const -1
          i32.add
          local.set 4
          br 1 (;@2;)
        end
        i32.const 768
        i32.const 768
        i32.const 69256
        call 21
        unreachable
      end
      local.get 0
      i32.const 7
      i32.add
      local.tee 9
      local.get 4
      i32.add
      local.set 10
      local.get 3
      i64.extend_i32_u
      local.set 11
      i64.const 0
      local.set 12
      loop  ;; label = @2
        local.get 2
        local.tee 1
        i32.const -1
        i32.add
        local.set 2
        block  ;; label = @3
          block  ;; label = @4
            block  ;; label = @5
              local.get 1
              i32.const 769
              i32.ge_u
              br_if 0 (;@5;)
              local.get 9
              local.get 1
              i32.add
              i64.load8_u
              local.get 11
              i64.shl
              local.get 12
              i64.add
              local.tee 13
              local.get 13
              i64.const 10
              i64.div_u
              local.tee 12
              i64.const -10
              i64.mul
              i64.add
              local.set 14
              local.get 2
              local.get 4
              i32.add
              i32.const 768
              i32.lt_u
              br_if 1 (;@4;)
              local.get 14
              i64.eqz
              br_if 2 (;@3;)
              local.get 0
              i32.const 1
              i32.store8 offset=776
              br 2 (;@3;)
            end
            local.get 2
            i32.const 768
            i32.const 67280
            call 21
            unreachable
          end
          local.get 10
          local.get 1
          i32.add
          local.get 14
          i64.store8
        end
        local.get 2
        br_if 0 (;@2;)
      end
      block  ;; label = @2
        local.get 13
        i64.const 10
        i64.lt_u
        br_if 0 (;@2;)
        local.get 4
        i32.const 7
        i32.add
        local.set 2
        loop  ;; label = @3
          local.get 12
          local.tee 13
          local.get 13
          i64.const 10
          i64.div_u
          local.tee 12
          i64.const -10
          i64.mul
          i64.add
          local.set 14
          block  ;; label = @4
            block  ;; label = @5
              local.get 2
              i32.const -8
              i32.add
              i32.const 768
              i32.lt_u
              br_if 0 (;@5;)
              local.get 14
              i64.eqz
              br_if 1 (;@4;)
              local.get 0
              i32.const 1
              i32.store8 offset=776
              br 1 (;@4;)
            end
            local.get 0
            local.get 2
            i32.add
            local.get 14
            i64.store8
          end
          local.get 2
          i32.const -1
          i32.add
          local.set 2
          local.get 13
          i64.const 10
          i64.ge_u
          br_if 0 (;@3;)
        end
      end
      local.get 0
      local.get 0
      i32.load offset=4
      local.get 4
      i32.add
      i32.store offset=4
      local.get 0
      local.get 0
      i32.load
      local.get 4
      i32.add
      local.tee 1
      i32.const 768
      local.get 1
      i32.const 768
      i32.lt_u
      select
      local.tee 2
      i32.store
      local.get 1
      i32.eqz
      br_if 0 (;@1;)
      loop  ;; label = @2
        local.get 2
        i32.const -1
        i32.add
        local.set 1
        block  ;; label = @3
          block  ;; label = @4
            local.get 2
            i32.const 768
            i32.gt_u
            br_if 0 (;@4;)
            local.get 0
            local.get 2
            i32.add
            i32.const 7
            i32.add
            i32.load8_u
            i32.eqz
            br_if 1 (;@3;)
            br 3 (;@1;)
          end
          local.get 1
          i32.const 768
          i32.const 67264
          call 21
          unreachable
        end
        local.get 0
        local.get 1
        i32.store
        local.get 1
        local.set 2
        local.get 1
        br_if 0 (;@2;)
      end
    end)
  (func (;63;) (type 3) (param i32 i32)
    (local i32 i64 i32 i64 i32 i64 i32 i32 i32 i32 i64)
    local.get 0
    i32.const 8
    i32.add
    local.set 2
    local.get 1
    i32.const 63
    i32.and
    i64.extend_i32_u
    local.set 3
    local.get 0
    i32.load
    local.set 4
    i64.const 0
    local.set 5
    i32.const 0
    local.set 1
    block  ;; label = @1
      block  ;; label = @2
        loop  ;; label = @3
          block  ;; label = @4
            local.get 4
            local.get 1
            i32.ne
            br_if 0 (;@4;)
            local.get 5
            i64.eqz
            br_if 3 (;@1;)
            block  ;; label = @5
              local.get 5
              local.get 3
              i64.shr_u
              i64.const 0
              i64.eq
              br_if 0 (;@5;)
              local.get 4
              local.set 1
              br 3 (;@2;)
            end
            local.get 4
            local.set 1
            loop  ;; label = @5
              local.get 1
              i32.const 1
              i32.add
              local.set 1
              local.get 5
              i64.const 10
              i64.mul
              local.tee 5
              local.get 3
              i64.shr_u
              i64.eqz
              br_if 0 (;@5;)
              br 3 (;@2;)
            end
          end
          block  ;; label = @4
            local.get 1
            i32.const 768
            i32.eq
            br_if 0 (;@4;)
            local.get 0
            local.get 1
            i32.add
            local.set 6
            local.get 1
            i32.const 1
            i32.add
            local.set 1
            local.get 5
            i64.const 10
            i64.mul
            local.get 6
            i32.const 8
            i32.add
            i64.load8_u
            i64.add
            local.tee 5
            local.get 3
            i64.shr_u
            i64.eqz
            br_if 1 (;@3;)
            br 2 (;@2;)
          end
        end
        i32.const 768
        i32.const 768
        i32.const 67296
        call 21
        unreachable
      end
      local.get 0
      local.get 0
      i32.load offset=4
      local.get 1
      i32.sub
      i32.const 1
      i32.add
      local.tee 6
      i32.store offset=4
      block  ;; label = @2
        local.get 6
        i32.const -2047
        i32.lt_s
        br_if 0 (;@2;)
        i64.const -1
        local.get 3
        i64.shl
        i64.const -1
        i64.xor
        local.set 7
        i32.const 0
        local.set 6
        block  ;; label = @3
          local.get 4
          local.get 1
          i32.le_u
          br_if 0 (;@3;)
          i32.const 0
          local.set 8
          i32.const 0
          i32.const 768
          local.get 1
          i32.sub
          local.tee 6
          local.get 6
          i32.const 768
          i32.gt_u
          select
          local.set 9
          local.get 1
          local.get 4
          i32.sub
          local.set 10
          local.get 2
          local.get 1
          i32.add
          local.set 11
          local.get 4
          local.get 1
          i32.sub
          local.set 6
          loop  ;; label = @4
            block  ;; label = @5
              local.get 9
              local.get 8
              i32.ne
              br_if 0 (;@5;)
              local.get 1
              local.get 8
              i32.add
              i32.const 768
              i32.const 67312
              call 21
              unreachable
            end
            local.get 11
            local.get 8
            i32.add
            i64.load8_u
            local.set 12
            local.get 2
            local.get 8
            i32.add
            local.get 5
            local.get 3
            i64.shr_u
            i64.store8
            local.get 12
            local.get 5
            local.get 7
            i64.and
            i64.const 10
            i64.mul
            i64.add
            local.set 5
            local.get 10
            local.get 8
            i32.const 1
            i32.add
            local.tee 8
            i32.add
            br_if 0 (;@4;)
          end
        end
        block  ;; label = @3
          local.get 5
          i64.eqz
          br_if 0 (;@3;)
          loop  ;; label = @4
            local.get 5
            local.tee 12
            local.get 7
            i64.and
            i64.const 10
            i64.mul
            local.set 5
            local.get 12
            local.get 3
            i64.shr_u
            i32.wrap_i64
            local.set 1
            block  ;; label = @5
              block  ;; label = @6
                local.get 6
                i32.const 768
                i32.lt_u
                br_if 0 (;@6;)
                local.get 1
                i32.const 255
                i32.and
                i32.eqz
                br_if 1 (;@5;)
                local.get 0
                i32.const 1
                i32.store8 offset=776
                br 1 (;@5;)
              end
              local.get 2
              local.get 6
              i32.add
              local.get 1
              i32.store8
              local.get 6
              i32.const 1
              i32.add
              local.set 6
            end
            local.get 5
            i64.eqz
            i32.eqz
            br_if 0 (;@4;)
          end
        end
        local.get 6
        i32.const 768
        i32.gt_u
        local.set 4
        loop  ;; label = @3
          local.get 0
          local.get 6
          i32.store
          local.get 6
          i32.eqz
          br_if 2 (;@1;)
          local.get 6
          i32.const -1
          i32.add
          local.set 1
          block  ;; label = @4
            local.get 4
            br_if 0 (;@4;)
            local.get 0
            local.get 6
            i32.add
            local.set 8
            local.get 1
            local.set 6
            local.get 8
            i32.const 7
            i32.add
            i32.load8_u
            i32.eqz
            br_if 1 (;@3;)
            br 3 (;@1;)
          end
        end
        local.get 1
        i32.const 768
        i32.const 67264
        call 21
        unreachable
      end
      local.get 0
      i32.const 0
      i32.store8 offset=776
      local.get 0
      i64.const 0
      i64.store align=4
    end)
  (func (;64;) (type 15) (param i32) (result i64)
    (local i64 i32 i32 i32 i32)
    i64.const 0
    local.set 1
    block  ;; label = @1
      local.get 0
      i32.load
      local.tee 2
      i32.eqz
      br_if 0 (;@1;)
      local.get 0
      i32.load offset=4
      local.tee 3
      i32.const 0
      i32.lt_s
      br_if 0 (;@1;)
      i64.const -1
      local.set 1
      local.get 3
      i32.const 18
      i32.gt_u
      br_if 0 (;@1;)
      block  ;; label = @2
        block  ;; label = @3
          local.get 3
          br_if 0 (;@3;)
          i64.const 0
          local.set 1
          br 1 (;@2;)
        end
        local.get 0
        i32.const 8
        i32.add
        local.set 4
        i32.const 0
        local.set 5
        i64.const 0
        local.set 1
        loop  ;; label = @3
          local.get 1
          i64.const 10
          i64.mul
          local.set 1
          block  ;; label = @4
            local.get 5
            local.get 2
            i32.ge_u
            br_if 0 (;@4;)
            local.get 1
            local.get 4
            local.get 5
            i32.add
            i64.load8_u
            i64.add
            local.set 1
          end
          local.get 3
          local.get 5
          i32.const 1
          i32.add
          local.tee 5
          i32.ne
          br_if 0 (;@3;)
        end
      end
      local.get 3
      local.get 2
      i32.ge_u
      br_if 0 (;@1;)
      local.get 0
      local.get 3
      i32.add
      local.tee 4
      i32.load8_u offset=8
      local.set 5
      block  ;; label = @2
        block  ;; label = @3
          block  ;; label = @4
            local.get 3
            i32.const 1
            i32.add
            local.get 2
            i32.ne
            br_if 0 (;@4;)
            local.get 5
            i32.const 255
            i32.and
            i32.const 5
            i32.eq
            br_if 1 (;@3;)
          end
          local.get 5
          i32.const 255
          i32.and
          i32.const 4
          i32.gt_u
          br_if 1 (;@2;)
          br 2 (;@1;)
        end
        local.get 0
        i32.load8_u offset=776
        br_if 0 (;@2;)
        local.get 3
        i32.eqz
        br_if 1 (;@1;)
        local.get 4
        i32.const 8
        i32.add
        i32.const -1
        i32.add
        i32.load8_u
        i32.const 1
        i32.and
        i32.eqz
        br_if 1 (;@1;)
      end
      local.get 1
      i64.const 1
      i64.add
      local.set 1
    end
    local.get 1)
  (func (;65;) (type 14) (param i32 i32 i32 i32 i32) (result i32)
    (local i32 i32 i32 i32 i32)
    global.get 0
    i32.const 32
    i32.sub
    local.tee 5
    global.set 0
    i32.const 1
    local.set 6
    block  ;; label = @1
      local.get 0
      i32.load
      local.tee 7
      local.get 1
      local.get 2
      local.get 0
      i32.load offset=4
      local.tee 8
      i32.load offset=12
      local.tee 9
      call_indirect (type 1)
      br_if 0 (;@1;)
      block  ;; label = @2
        block  ;; label = @3
          local.get 0
          i32.load8_u offset=10
          i32.const 128
          i32.and
          br_if 0 (;@3;)
          i32.const 1
          local.set 6
          local.get 7
          i32.const 67231
          i32.const 1
          local.get 9
          call_indirect (type 1)
          br_if 2 (;@1;)
          local.get 3
          local.get 0
          local.get 4
          call_indirect (type 2)
          br_if 2 (;@1;)
          local.get 0
          i32.load
          local.set 7
          local.get 0
          i32.load offset=4
          i32.load offset=12
          local.set 9
          br 1 (;@2;)
        end
        local.get 7
        i32.const 67232
        i32.const 2
        local.get 9
        call_indirect (type 1)
        br_if 1 (;@1;)
        i32.const 1
        local.set 6
        local.get 5
        i32.const 1
        i32.store8 offset=15
        local.get 5
        local.get 8
        i32.store offset=4
        local.get 5
        local.get 7
        i32.store
        local.get 5
        i32.const 67240
        i32.store offset=20
        local.get 5
        local.get 0
        i64.load offset=8 align=4
        i64.store offset=24 align=4
        local.get 5
        local.get 5
        i32.const 15
        i32.add
        i32.store offset=8
        local.get 5
        local.get 5
        i32.store offset=16
        local.get 3
        local.get 5
        i32.const 16
        i32.add
        local.get 4
        call_indirect (type 2)
        br_if 1 (;@1;)
        local.get 5
        i32.load offset=16
        i32.const 67229
        i32.const 2
        local.get 5
        i32.load offset=20
        i32.load offset=12
        call_indirect (type 1)
        br_if 1 (;@1;)
      end
      local.get 7
      i32.const 67235
      i32.const 1
      local.get 9
      call_indirect (type 1)
      local.set 6
    end
    local.get 5
    i32.const 32
    i32.add
    global.set 0
    local.get 6)
  (func (;66;) (type 6) (param i32 i32 i32 i32 i32)
    (local i32)
    global.get 0
    i32.const 32
    i32.sub
    local.tee 5
    global.set 0
    local.get 5
    local.get 1
    i32.store offset=4
    local.get 5
    local.get 0
    i32.store
    local.get 5
    local.get 3
    i32.store offset=12
    local.get 5
    local.get 2
    i32.store offset=8
    local.get 5
    i32.const 6
    i64.extend_i32_u
    i64.const 32
    i64.shl
    local.get 5
    i32.const 8
    i32.add
    i64.extend_i32_u
    i64.or
    i64.store offset=24
    local.get 5
    i32.const 7
    i64.extend_i32_u
    i64.const 32
    i64.shl
    local.get 5
    i64.extend_i32_u
    i64.or
    i64.store offset=16
    i32.const 65804
    local.get 5
    i32.const 16
    i32.add
    local.get 4
    call 8
    unreachable)
  (func (;67;) (type 0) (param i32 i32 i32)
    (local i32 i32 i32 i64 i32 i64 i64 i32 i32 i32 i32 i32 i32 i64 i64 f64 i32 i32 i32)
    global.get 0
    i32.const 1600
    i32.sub
    local.tee 3
    global.set 0
    block  ;; label = @1
      block  ;; label = @2
        local.get 2
        br_if 0 (;@2;)
        local.get 0
        i32.const 0
        i32.store8 offset=1
        i32.const 1
        local.set 4
        br 1 (;@1;)
      end
      block  ;; label = @2
        block  ;; label = @3
          block  ;; label = @4
            block  ;; label = @5
              block  ;; label = @6
                block  ;; label = @7
                  block  ;; label = @8
                    block  ;; label = @9
                      block  ;; label = @10
                        block  ;; label = @11
                          block  ;; label = @12
                            block  ;; label = @13
                              block  ;; label = @14
                                block  ;; label = @15
                                  local.get 1
                                  i32.load8_u
                                  local.tee 5
                                  i32.const -43
                                  i32.add
                                  br_table 0 (;@15;) 1 (;@14;) 0 (;@15;) 1 (;@14;)
                                end
                                i32.const 1
                                local.set 4
                                local.get 2
                                i32.const -1
                                i32.add
                                local.tee 2
                                i32.eqz
                                br_if 1 (;@13;)
                                local.get 1
                                i32.const 1
                                i32.add
                                local.set 1
                              end
                              i64.const 0
                              local.set 6
                              local.get 1
                              local.set 4
                              local.get 2
                              local.set 7
                              block  ;; label = @14
                                block  ;; label = @15
                                  block  ;; label = @16
                                    block  ;; label = @17
                                      block  ;; label = @18
                                        block  ;; label = @19
                                          block  ;; label = @20
                                            block  ;; label = @21
                                              block  ;; label = @22
                                                local.get 2
                                                i32.const 8
                                                i32.lt_u
                                                br_if 0 (;@22;)
                                                i64.const 0
                                                local.set 6
                                                local.get 1
                                                local.set 4
                                                local.get 2
                                                local.set 7
                                                loop  ;; label = @23
                                                  local.get 4
                                                  i64.load align=1
                                                  local.tee 8
                                                  i64.const 5063812098665367110
                                                  i64.add
                                                  local.get 8
                                                  i64.const -3472328296227680304
                                                  i64.add
                                                  local.tee 8
                                                  i64.or
                                                  i64.const -9187201950435737472
                                                  i64.and
                                                  i64.eqz
                                                  i32.eqz
                                                  br_if 1 (;@22;)
                                                  local.get 8
                                                  i64.const 10
                                                  i64.mul
                                                  local.get 8
                                                  i64.const 8
                                                  i64.shr_u
                                                  i64.add
                                                  local.tee 8
                                                  i64.const 16
                                                  i64.shr_u
                                                  i64.const 1095216660735
                                                  i64.and
                                                  i64.const 42949672960001
                                                  i64.mul
                                                  local.get 8
                                                  i64.const 1095216660735
                                                  i64.and
                                                  i64.const 4294967296000100
                                                  i64.mul
                                                  i64.add
                                                  i64.const 32
                                                  i64.shr_u
                                                  local.get 6
                                                  i64.const 100000000
                                                  i64.mul
                                                  i64.add
                                                  local.set 6
                                                  local.get 4
                                                  i32.const 8
                                                  i32.add
                                                  local.set 4
                                                  local.get 7
                                                  i32.const -8
                                                  i32.add
                                                  local.tee 7
                                                  i32.const 7
                                                  i32.gt_u
                                                  br_if 0 (;@23;)
                                                end
                                                local.get 7
                                                br_if 0 (;@22;)
                                                i64.const 0
                                                local.set 9
                                                i32.const 1
                                                local.set 10
                                                br 1 (;@21;)
                                              end
                                              loop  ;; label = @22
                                                local.get 4
                                                i32.load8_u
                                                local.tee 11
                                                i32.const -48
                                                i32.add
                                                local.tee 12
                                                i32.const 255
                                                i32.and
                                                i32.const 9
                                                i32.gt_u
                                                br_if 2 (;@20;)
                                                local.get 6
                                                i64.const 10
                                                i64.mul
                                                local.get 12
                                                i64.extend_i32_u
                                                i64.const 255
                                                i64.and
                                                i64.add
                                                local.set 6
                                                i32.const 1
                                                local.set 10
                                                local.get 4
                                                i32.const 1
                                                i32.add
                                                local.set 4
                                                local.get 7
                                                i32.const -1
                                                i32.add
                                                local.tee 7
                                                br_if 0 (;@22;)
                                              end
                                              i64.const 0
                                              local.set 9
                                            end
                                            i32.const 0
                                            local.set 7
                                            local.get 2
                                            local.set 11
                                            i64.const 0
                                            local.set 8
                                            br 1 (;@19;)
                                          end
                                          local.get 2
                                          local.get 7
                                          i32.sub
                                          local.set 13
                                          block  ;; label = @20
                                            block  ;; label = @21
                                              local.get 11
                                              i32.const 255
                                              i32.and
                                              i32.const 46
                                              i32.eq
                                              br_if 0 (;@21;)
                                              i64.const 0
                                              local.set 8
                                              i32.const 0
                                              local.set 11
                                              local.get 7
                                              local.set 12
                                              br 1 (;@20;)
                                            end
                                            local.get 4
                                            i32.const 1
                                            i32.add
                                            local.set 4
                                            local.get 7
                                            i32.const -1
                                            i32.add
                                            local.set 10
                                            block  ;; label = @21
                                              block  ;; label = @22
                                                block  ;; label = @23
                                                  block  ;; label = @24
                                                    block  ;; label = @25
                                                      local.get 7
                                                      i32.const 9
                                                      i32.ge_s
                                                      br_if 0 (;@25;)
                                                      local.get 10
                                                      local.set 12
                                                      br 1 (;@24;)
                                                    end
                                                    local.get 10
                                                    local.set 12
                                                    loop  ;; label = @25
                                                      local.get 4
                                                      i64.load align=1
                                                      local.tee 8
                                                      i64.const 5063812098665367110
                                                      i64.add
                                                      local.get 8
                                                      i64.const -3472328296227680304
                                                      i64.add
                                                      local.tee 8
                                                      i64.or
                                                      i64.const -9187201950435737472
                                                      i64.and
                                                      i64.eqz
                                                      i32.eqz
                                                      br_if 2 (;@23;)
                                                      local.get 8
                                                      i64.const 10
                                                      i64.mul
                                                      local.get 8
                                                      i64.const 8
                                                      i64.shr_u
                                                      i64.add
                                                      local.tee 8
                                                      i64.const 16
                                                      i64.shr_u
                                                      i64.const 1095216660735
                                                      i64.and
                                                      i64.const 42949672960001
                                                      i64.mul
                                                      local.get 8
                                                      i64.const 1095216660735
                                                      i64.and
                                                      i64.const 4294967296000100
                                                      i64.mul
                                                      i64.add
                                                      i64.const 32
                                                      i64.shr_u
                                                      local.get 6
                                                      i64.const 100000000
                                                      i64.mul
                                                      i64.add
                                                      local.set 6
                                                      local.get 4
                                                      i32.const 8
                                                      i32.add
                                                      local.set 4
                                                      local.get 12
                                                      i32.const -8
                                                      i32.add
                                                      local.tee 12
                                                      i32.const 7
                                                      i32.gt_u
                                                      br_if 0 (;@25;)
                                                    end
                                                  end
                                                  local.get 12
                                                  i32.eqz
                                                  br_if 1 (;@22;)
                                                end
                                                local.get 4
                                                local.tee 11
                                                local.get 12
                                                i32.add
                                                local.set 4
                                                loop  ;; label = @23
                                                  block  ;; label = @24
                                                    local.get 11
                                                    i32.load8_u
                                                    i32.const -48
                                                    i32.add
                                                    local.tee 14
                                                    i32.const 255
                                                    i32.and
                                                    i32.const 9
                                                    i32.le_u
                                                    br_if 0 (;@24;)
                                                    local.get 11
                                                    local.set 4
                                                    br 3 (;@21;)
                                                  end
                                                  local.get 6
                                                  i64.const 10
                                                  i64.mul
                                                  local.get 14
                                                  i64.extend_i32_u
                                                  i64.const 255
                                                  i64.and
                                                  i64.add
                                                  local.set 6
                                                  local.get 11
                                                  i32.const 1
                                                  i32.add
                                                  local.set 11
                                                  local.get 12
                                                  i32.const -1
                                                  i32.add
                                                  local.tee 12
                                                  br_if 0 (;@23;)
                                                end
                                              end
                                              i32.const 0
                                              local.set 12
                                            end
                                            i32.const 0
                                            local.get 10
                                            local.get 12
                                            i32.sub
                                            local.tee 11
                                            i32.sub
                                            i64.extend_i32_s
                                            local.set 8
                                          end
                                          local.get 11
                                          local.get 13
                                          i32.add
                                          local.tee 11
                                          i32.eqz
                                          br_if 1 (;@18;)
                                          i64.const 0
                                          local.set 9
                                          block  ;; label = @20
                                            local.get 12
                                            br_if 0 (;@20;)
                                            i32.const 1
                                            local.set 10
                                            br 1 (;@19;)
                                          end
                                          block  ;; label = @20
                                            local.get 4
                                            i32.load8_u
                                            i32.const 32
                                            i32.or
                                            i32.const 101
                                            i32.eq
                                            br_if 0 (;@20;)
                                            i32.const 0
                                            local.set 10
                                            br 1 (;@19;)
                                          end
                                          local.get 12
                                          i32.const -1
                                          i32.add
                                          local.tee 13
                                          i32.eqz
                                          br_if 1 (;@18;)
                                          local.get 4
                                          i32.const 1
                                          i32.add
                                          local.set 14
                                          local.get 4
                                          i32.load8_u offset=1
                                          local.tee 10
                                          local.set 15
                                          block  ;; label = @20
                                            block  ;; label = @21
                                              local.get 10
                                              i32.const -43
                                              i32.add
                                              br_table 0 (;@21;) 1 (;@20;) 0 (;@21;) 1 (;@20;)
                                            end
                                            local.get 12
                                            i32.const -2
                                            i32.add
                                            local.tee 13
                                            i32.eqz
                                            br_if 2 (;@18;)
                                            local.get 4
                                            i32.const 2
                                            i32.add
                                            local.set 14
                                            local.get 4
                                            i32.load8_u offset=2
                                            local.set 15
                                          end
                                          local.get 15
                                          i32.const -48
                                          i32.add
                                          i32.const 255
                                          i32.and
                                          i32.const 9
                                          i32.gt_u
                                          br_if 1 (;@18;)
                                          i64.const 0
                                          local.set 16
                                          i64.const 0
                                          local.set 9
                                          block  ;; label = @20
                                            loop  ;; label = @21
                                              local.get 14
                                              i32.load8_u
                                              i32.const -48
                                              i32.add
                                              local.tee 4
                                              i32.const 255
                                              i32.and
                                              i32.const 9
                                              i32.gt_u
                                              br_if 1 (;@20;)
                                              local.get 9
                                              i64.const 10
                                              i64.mul
                                              local.get 4
                                              i64.extend_i32_u
                                              i64.const 255
                                              i64.and
                                              i64.add
                                              local.tee 17
                                              local.get 9
                                              local.get 9
                                              i64.const 65536
                                              i64.lt_s
                                              local.tee 4
                                              select
                                              local.set 9
                                              local.get 17
                                              local.get 16
                                              local.get 4
                                              select
                                              local.set 16
                                              local.get 14
                                              i32.const 1
                                              i32.add
                                              local.set 14
                                              local.get 13
                                              i32.const -1
                                              i32.add
                                              local.tee 13
                                              br_if 0 (;@21;)
                                            end
                                            i32.const 0
                                            local.set 13
                                          end
                                          i64.const 0
                                          local.get 16
                                          i64.sub
                                          local.get 16
                                          local.get 10
                                          i32.const 45
                                          i32.eq
                                          select
                                          local.tee 9
                                          local.get 8
                                          i64.add
                                          local.set 8
                                          local.get 13
                                          i32.eqz
                                          local.set 10
                                        end
                                        block  ;; label = @19
                                          block  ;; label = @20
                                            local.get 11
                                            i32.const 20
                                            i32.ge_s
                                            br_if 0 (;@20;)
                                            i32.const 0
                                            local.set 4
                                            br 1 (;@19;)
                                          end
                                          local.get 11
                                          i32.const -19
                                          i32.add
                                          local.set 11
                                          local.get 2
                                          local.set 14
                                          local.get 1
                                          local.set 4
                                          block  ;; label = @20
                                            loop  ;; label = @21
                                              block  ;; label = @22
                                                local.get 4
                                                i32.load8_u
                                                local.tee 12
                                                i32.const -46
                                                i32.add
                                                br_table 0 (;@22;) 2 (;@20;) 0 (;@22;) 2 (;@20;)
                                              end
                                              local.get 11
                                              i32.const 0
                                              local.get 12
                                              i32.const -47
                                              i32.add
                                              local.tee 13
                                              local.get 13
                                              local.get 12
                                              i32.gt_u
                                              select
                                              i32.sub
                                              local.set 11
                                              local.get 4
                                              i32.const 1
                                              i32.add
                                              local.set 4
                                              local.get 14
                                              i32.const -1
                                              i32.add
                                              local.tee 14
                                              br_if 0 (;@21;)
                                            end
                                          end
                                          block  ;; label = @20
                                            local.get 11
                                            i32.const 1
                                            i32.ge_s
                                            br_if 0 (;@20;)
                                            i32.const 0
                                            local.set 4
                                            br 1 (;@19;)
                                          end
                                          i32.const 0
                                          local.get 2
                                          i32.sub
                                          local.set 12
                                          i64.const 0
                                          local.set 6
                                          local.get 1
                                          local.set 4
                                          block  ;; label = @20
                                            block  ;; label = @21
                                              block  ;; label = @22
                                                block  ;; label = @23
                                                  block  ;; label = @24
                                                    loop  ;; label = @25
                                                      local.get 12
                                                      local.set 11
                                                      local.get 4
                                                      i32.load8_u
                                                      i32.const -48
                                                      i32.add
                                                      local.tee 14
                                                      i32.const 255
                                                      i32.and
                                                      i32.const 9
                                                      i32.gt_u
                                                      br_if 1 (;@24;)
                                                      local.get 4
                                                      i32.const 1
                                                      i32.add
                                                      local.set 4
                                                      local.get 11
                                                      i32.const 1
                                                      i32.add
                                                      local.set 12
                                                      block  ;; label = @26
                                                        local.get 6
                                                        i64.const 10
                                                        i64.mul
                                                        local.get 14
                                                        i64.extend_i32_u
                                                        i64.const 255
                                                        i64.and
                                                        i64.add
                                                        local.tee 6
                                                        i64.const 999999999999999999
                                                        i64.gt_u
                                                        br_if 0 (;@26;)
                                                        local.get 12
                                                        br_if 1 (;@25;)
                                                      end
                                                    end
                                                    local.get 6
                                                    i64.const 999999999999999999
                                                    i64.gt_u
                                                    br_if 3 (;@21;)
                                                    local.get 11
                                                    i32.const -1
                                                    i32.eq
                                                    br_if 2 (;@22;)
                                                    i32.const 0
                                                    local.get 12
                                                    i32.sub
                                                    local.set 7
                                                    br 1 (;@23;)
                                                  end
                                                  i32.const 0
                                                  local.get 11
                                                  i32.sub
                                                  local.set 7
                                                end
                                                block  ;; label = @23
                                                  local.get 7
                                                  i32.const -1
                                                  i32.add
                                                  local.tee 14
                                                  br_if 0 (;@23;)
                                                  i32.const 0
                                                  local.get 14
                                                  i32.sub
                                                  local.set 4
                                                  br 3 (;@20;)
                                                end
                                                local.get 4
                                                i32.const 1
                                                i32.add
                                                local.set 4
                                                local.get 14
                                                local.set 7
                                                loop  ;; label = @23
                                                  block  ;; label = @24
                                                    local.get 4
                                                    i32.load8_u
                                                    i32.const -48
                                                    i32.add
                                                    local.tee 12
                                                    i32.const 255
                                                    i32.and
                                                    i32.const 9
                                                    i32.le_u
                                                    br_if 0 (;@24;)
                                                    local.get 7
                                                    local.get 14
                                                    i32.sub
                                                    local.set 4
                                                    br 4 (;@20;)
                                                  end
                                                  local.get 7
                                                  i32.const -1
                                                  i32.add
                                                  local.set 11
                                                  block  ;; label = @24
                                                    local.get 6
                                                    i64.const 10
                                                    i64.mul
                                                    local.get 12
                                                    i64.extend_i32_u
                                                    i64.const 255
                                                    i64.and
                                                    i64.add
                                                    local.tee 6
                                                    i64.const 999999999999999999
                                                    i64.gt_u
                                                    br_if 0 (;@24;)
                                                    local.get 4
                                                    i32.const 1
                                                    i32.add
                                                    local.set 4
                                                    local.get 7
                                                    i32.const 1
                                                    i32.ne
                                                    local.set 12
                                                    local.get 11
                                                    local.set 7
                                                    local.get 12
                                                    br_if 1 (;@23;)
                                                  end
                                                end
                                                local.get 11
                                                local.get 14
                                                i32.sub
                                                local.set 4
                                                br 2 (;@20;)
                                              end
                                              i32.const 1
                                              i32.const 0
                                              i32.const 0
                                              i32.const 69272
                                              call 23
                                              unreachable
                                            end
                                            i32.const 0
                                            local.get 7
                                            local.get 12
                                            i32.add
                                            i32.sub
                                            local.set 4
                                          end
                                          local.get 9
                                          local.get 4
                                          i64.extend_i32_s
                                          i64.add
                                          local.set 8
                                          i32.const 1
                                          local.set 4
                                        end
                                        local.get 10
                                        i32.eqz
                                        br_if 0 (;@18;)
                                        local.get 8
                                        i64.const -38
                                        i64.add
                                        i64.const -60
                                        i64.lt_u
                                        local.get 6
                                        i64.const 9007199254740992
                                        i64.gt_u
                                        i32.or
                                        local.get 4
                                        i32.or
                                        br_if 3 (;@15;)
                                        block  ;; label = @19
                                          local.get 8
                                          i64.const 22
                                          i64.gt_s
                                          br_if 0 (;@19;)
                                          local.get 8
                                          i32.wrap_i64
                                          local.set 4
                                          local.get 6
                                          f64.convert_i64_u
                                          local.set 18
                                          local.get 8
                                          i64.const 0
                                          i64.lt_s
                                          br_if 2 (;@17;)
                                          local.get 4
                                          i32.const 3
                                          i32.shl
                                          f64.load offset=79800
                                          local.get 18
                                          f64.mul
                                          local.set 18
                                          br 3 (;@16;)
                                        end
                                        local.get 3
                                        local.get 6
                                        i64.const 0
                                        local.get 8
                                        i32.wrap_i64
                                        i32.const 3
                                        i32.shl
                                        i32.const 66896
                                        i32.add
                                        i64.load
                                        i64.const 0
                                        call 165
                                        local.get 3
                                        i64.load offset=8
                                        i64.const 0
                                        i64.ne
                                        br_if 3 (;@15;)
                                        local.get 3
                                        i64.load
                                        local.tee 9
                                        i64.const 9007199254740992
                                        i64.gt_u
                                        br_if 3 (;@15;)
                                        local.get 9
                                        f64.convert_i64_u
                                        f64.const 0x1.0f0cf064dd592p+73 (;=1e+22;)
                                        f64.mul
                                        local.set 18
                                        br 2 (;@16;)
                                      end
                                      block  ;; label = @18
                                        block  ;; label = @19
                                          block  ;; label = @20
                                            local.get 2
                                            i32.const -3
                                            i32.add
                                            br_table 1 (;@19;) 6 (;@14;) 6 (;@14;) 6 (;@14;) 6 (;@14;) 0 (;@20;) 6 (;@14;)
                                          end
                                          local.get 1
                                          i64.load align=1
                                          i64.const -2314885530818453537
                                          i64.and
                                          i64.const 6436850368004902473
                                          i64.ne
                                          br_if 5 (;@14;)
                                          f64.const inf (;=inf;)
                                          local.set 18
                                          br 1 (;@18;)
                                        end
                                        block  ;; label = @19
                                          local.get 1
                                          i64.load16_u align=1
                                          local.get 1
                                          i64.load8_u offset=2
                                          i64.const 16
                                          i64.shl
                                          i64.or
                                          i64.const 14671839
                                          i64.and
                                          local.tee 6
                                          i64.const 4607561
                                          i64.ne
                                          br_if 0 (;@19;)
                                          f64.const inf (;=inf;)
                                          local.set 18
                                          br 1 (;@18;)
                                        end
                                        local.get 6
                                        i64.const 5128526
                                        i64.ne
                                        br_if 4 (;@14;)
                                        f64.const nan (;=nan;)
                                        local.set 18
                                      end
                                      local.get 0
                                      local.get 18
                                      f64.neg
                                      local.get 18
                                      local.get 5
                                      i32.const 45
                                      i32.eq
                                      select
                                      f64.store offset=8
                                      i32.const 0
                                      local.set 4
                                      br 16 (;@1;)
                                    end
                                    local.get 18
                                    i32.const 79800
                                    local.get 4
                                    i32.const 3
                                    i32.shl
                                    i32.sub
                                    f64.load
                                    f64.div
                                    local.set 18
                                  end
                                  local.get 0
                                  local.get 18
                                  f64.neg
                                  local.get 18
                                  local.get 5
                                  i32.const 45
                                  i32.eq
                                  select
                                  f64.store offset=8
                                  i32.const 0
                                  local.set 4
                                  br 14 (;@1;)
                                end
                                local.get 3
                                i32.const 16
                                i32.add
                                local.get 8
                                local.get 6
                                call 68
                                block  ;; label = @15
                                  block  ;; label = @16
                                    local.get 4
                                    local.get 3
                                    i32.load offset=24
                                    local.tee 11
                                    i32.const -1
                                    i32.gt_s
                                    i32.and
                                    br_if 0 (;@16;)
                                    local.get 11
                                    i32.const 0
                                    i32.lt_s
                                    br_if 1 (;@15;)
                                    local.get 3
                                    i64.load offset=16
                                    local.set 6
                                    br 14 (;@2;)
                                  end
                                  local.get 3
                                  i32.const 816
                                  i32.add
                                  local.get 8
                                  local.get 6
                                  i64.const 1
                                  i64.add
                                  call 68
                                  local.get 3
                                  i64.load offset=16
                                  local.get 3
                                  i64.load offset=816
                                  local.tee 6
                                  i64.ne
                                  br_if 0 (;@15;)
                                  local.get 11
                                  local.get 3
                                  i32.load offset=824
                                  i32.eq
                                  br_if 13 (;@2;)
                                end
                                local.get 3
                                i32.const 816
                                i32.add
                                local.set 19
                                i32.const 0
                                local.set 7
                                local.get 3
                                i32.const 816
                                i32.add
                                i32.const 0
                                i32.const 777
                                memory.fill
                                local.get 3
                                i32.const 824
                                i32.add
                                local.set 15
                                i32.const 0
                                local.set 4
                                block  ;; label = @15
                                  block  ;; label = @16
                                    block  ;; label = @17
                                      block  ;; label = @18
                                        block  ;; label = @19
                                          loop  ;; label = @20
                                            block  ;; label = @21
                                              local.get 1
                                              local.get 4
                                              i32.add
                                              local.tee 12
                                              i32.load8_u
                                              local.tee 11
                                              i32.const 48
                                              i32.eq
                                              br_if 0 (;@21;)
                                              local.get 2
                                              local.get 7
                                              i32.add
                                              local.set 14
                                              local.get 11
                                              i32.const -48
                                              i32.add
                                              local.tee 13
                                              i32.const 255
                                              i32.and
                                              i32.const 9
                                              i32.gt_u
                                              br_if 3 (;@18;)
                                              local.get 1
                                              local.get 4
                                              i32.add
                                              local.set 10
                                              local.get 4
                                              i32.const -1
                                              i32.xor
                                              local.get 2
                                              i32.add
                                              local.set 12
                                              i32.const 0
                                              local.set 4
                                              loop  ;; label = @22
                                                block  ;; label = @23
                                                  local.get 4
                                                  i32.const 767
                                                  i32.gt_u
                                                  br_if 0 (;@23;)
                                                  local.get 15
                                                  local.get 4
                                                  i32.add
                                                  local.get 13
                                                  i32.store8
                                                end
                                                local.get 10
                                                local.get 4
                                                i32.add
                                                i32.const 1
                                                i32.add
                                                local.set 11
                                                local.get 4
                                                i32.const 1
                                                i32.add
                                                local.set 7
                                                block  ;; label = @23
                                                  local.get 12
                                                  local.get 4
                                                  i32.eq
                                                  br_if 0 (;@23;)
                                                  local.get 14
                                                  i32.const -1
                                                  i32.add
                                                  local.set 14
                                                  local.get 7
                                                  local.set 4
                                                  local.get 11
                                                  i32.load8_u
                                                  local.tee 11
                                                  i32.const -48
                                                  i32.add
                                                  local.tee 13
                                                  i32.const 255
                                                  i32.and
                                                  i32.const 9
                                                  i32.gt_u
                                                  br_if 4 (;@19;)
                                                  br 1 (;@22;)
                                                end
                                              end
                                              local.get 19
                                              local.get 7
                                              i32.store
                                              i32.const 0
                                              local.set 15
                                              i32.const 0
                                              local.set 13
                                              br 15 (;@6;)
                                            end
                                            local.get 7
                                            i32.const -1
                                            i32.add
                                            local.set 7
                                            local.get 2
                                            local.get 4
                                            i32.const 1
                                            i32.add
                                            local.tee 4
                                            i32.ne
                                            br_if 0 (;@20;)
                                          end
                                          i32.const 0
                                          local.set 10
                                          br 15 (;@4;)
                                        end
                                        local.get 10
                                        local.get 7
                                        i32.add
                                        local.set 12
                                        local.get 3
                                        local.get 7
                                        i32.store offset=816
                                        i32.const 0
                                        local.set 15
                                        local.get 11
                                        i32.const 255
                                        i32.and
                                        i32.const 46
                                        i32.eq
                                        br_if 1 (;@17;)
                                        local.get 14
                                        local.set 13
                                        local.get 12
                                        local.set 11
                                        br 12 (;@6;)
                                      end
                                      block  ;; label = @18
                                        local.get 11
                                        i32.const 46
                                        i32.eq
                                        br_if 0 (;@18;)
                                        i32.const 0
                                        local.set 10
                                        i32.const 0
                                        local.set 15
                                        br 13 (;@5;)
                                      end
                                      local.get 12
                                      i32.const 1
                                      i32.add
                                      local.set 11
                                      local.get 14
                                      i32.const -1
                                      i32.add
                                      local.set 10
                                      br 1 (;@16;)
                                    end
                                    local.get 10
                                    local.get 7
                                    i32.add
                                    i32.const -1
                                    i32.add
                                    i32.const 2
                                    i32.add
                                    local.set 11
                                    local.get 14
                                    i32.const 1
                                    i32.add
                                    i32.const -2
                                    i32.add
                                    local.tee 10
                                    local.set 13
                                    local.get 7
                                    br_if 1 (;@15;)
                                  end
                                  block  ;; label = @16
                                    local.get 10
                                    br_if 0 (;@16;)
                                    i32.const 0
                                    local.set 10
                                    i32.const 0
                                    local.set 7
                                    i32.const 0
                                    local.set 13
                                    br 9 (;@7;)
                                  end
                                  local.get 12
                                  local.get 14
                                  i32.add
                                  local.set 14
                                  i32.const 0
                                  local.set 4
                                  block  ;; label = @16
                                    loop  ;; label = @17
                                      local.get 11
                                      local.get 4
                                      i32.add
                                      local.tee 12
                                      i32.load8_u
                                      i32.const 48
                                      i32.ne
                                      br_if 1 (;@16;)
                                      local.get 10
                                      local.get 4
                                      i32.const 1
                                      i32.add
                                      local.tee 4
                                      i32.ne
                                      br_if 0 (;@17;)
                                    end
                                    i32.const 0
                                    local.set 7
                                    i32.const 0
                                    local.set 13
                                    local.get 14
                                    local.set 11
                                    br 9 (;@7;)
                                  end
                                  local.get 10
                                  local.get 4
                                  i32.sub
                                  local.set 13
                                  i32.const 0
                                  local.set 7
                                  local.get 12
                                  local.set 11
                                end
                                local.get 13
                                i32.const 8
                                i32.lt_u
                                br_if 5 (;@9;)
                                local.get 7
                                i32.const 8
                                i32.add
                                local.set 4
                                loop  ;; label = @15
                                  block  ;; label = @16
                                    local.get 4
                                    local.tee 7
                                    i32.const 768
                                    i32.lt_u
                                    br_if 0 (;@16;)
                                    local.get 7
                                    i32.const -8
                                    i32.add
                                    local.set 7
                                    br 5 (;@11;)
                                  end
                                  local.get 11
                                  i64.load align=1
                                  local.tee 6
                                  i64.const 5063812098665367110
                                  i64.add
                                  local.get 6
                                  i64.const -3472328296227680304
                                  i64.add
                                  local.tee 6
                                  i64.or
                                  i64.const -9187201950435737472
                                  i64.and
                                  i64.const 0
                                  i64.ne
                                  br_if 3 (;@12;)
                                  block  ;; label = @16
                                    local.get 7
                                    i32.const -8
                                    i32.add
                                    local.tee 4
                                    i32.const 768
                                    i32.gt_u
                                    br_if 0 (;@16;)
                                    local.get 3
                                    i32.const 816
                                    i32.add
                                    local.get 7
                                    i32.add
                                    local.get 6
                                    i64.store align=1
                                    local.get 7
                                    i32.const 8
                                    i32.add
                                    local.set 4
                                    local.get 11
                                    i32.const 8
                                    i32.add
                                    local.set 11
                                    local.get 13
                                    i32.const -8
                                    i32.add
                                    local.tee 13
                                    i32.const 7
                                    i32.le_u
                                    br_if 6 (;@10;)
                                    br 1 (;@15;)
                                  end
                                end
                                local.get 4
                                i32.const 768
                                i32.const 768
                                i32.const 67784
                                call 23
                                unreachable
                              end
                              i32.const 1
                              local.set 4
                            end
                            local.get 0
                            local.get 4
                            i32.store8 offset=1
                            br 11 (;@1;)
                          end
                          local.get 7
                          i32.const -8
                          i32.add
                          local.set 7
                        end
                        local.get 3
                        local.get 7
                        i32.store offset=816
                        br 2 (;@8;)
                      end
                      local.get 3
                      local.get 7
                      i32.store offset=816
                    end
                    local.get 13
                    br_if 0 (;@8;)
                    i32.const 0
                    local.set 13
                    br 1 (;@7;)
                  end
                  block  ;; label = @8
                    local.get 11
                    i32.load8_u
                    i32.const -48
                    i32.add
                    local.tee 14
                    i32.const 255
                    i32.and
                    i32.const 9
                    i32.gt_u
                    br_if 0 (;@8;)
                    local.get 11
                    i32.const 1
                    i32.add
                    local.set 20
                    local.get 13
                    i32.const -1
                    i32.add
                    local.set 15
                    local.get 7
                    local.get 3
                    i32.const 816
                    i32.add
                    i32.add
                    i32.const 8
                    i32.add
                    local.set 21
                    i32.const 0
                    local.set 12
                    block  ;; label = @9
                      loop  ;; label = @10
                        block  ;; label = @11
                          local.get 7
                          local.get 12
                          local.tee 4
                          i32.add
                          local.tee 19
                          i32.const 767
                          i32.gt_u
                          br_if 0 (;@11;)
                          local.get 21
                          local.get 4
                          i32.add
                          local.get 14
                          i32.store8
                        end
                        block  ;; label = @11
                          local.get 15
                          local.get 4
                          i32.eq
                          br_if 0 (;@11;)
                          local.get 13
                          i32.const -1
                          i32.add
                          local.set 13
                          local.get 4
                          i32.const 1
                          i32.add
                          local.set 12
                          local.get 20
                          local.get 4
                          i32.add
                          i32.load8_u
                          i32.const -48
                          i32.add
                          local.tee 14
                          i32.const 255
                          i32.and
                          i32.const 9
                          i32.gt_u
                          br_if 2 (;@9;)
                          br 1 (;@10;)
                        end
                      end
                      i32.const 0
                      local.set 13
                    end
                    local.get 11
                    local.get 4
                    i32.add
                    i32.const 1
                    i32.add
                    local.set 11
                    local.get 19
                    i32.const 1
                    i32.add
                    local.set 7
                  end
                  local.get 3
                  local.get 7
                  i32.store offset=816
                end
                local.get 3
                local.get 13
                local.get 10
                i32.sub
                local.tee 15
                i32.store offset=820
              end
              block  ;; label = @6
                block  ;; label = @7
                  block  ;; label = @8
                    local.get 7
                    br_if 0 (;@8;)
                    i32.const 0
                    local.set 10
                    br 1 (;@7;)
                  end
                  local.get 2
                  local.get 13
                  i32.sub
                  local.set 4
                  local.get 2
                  local.get 13
                  i32.lt_u
                  br_if 1 (;@6;)
                  i32.const 0
                  local.set 12
                  block  ;; label = @8
                    local.get 2
                    local.get 13
                    i32.eq
                    br_if 0 (;@8;)
                    local.get 1
                    i32.const -1
                    i32.add
                    local.set 14
                    i32.const 0
                    local.set 12
                    loop  ;; label = @9
                      block  ;; label = @10
                        block  ;; label = @11
                          local.get 14
                          local.get 4
                          i32.add
                          i32.load8_u
                          i32.const -46
                          i32.add
                          br_table 1 (;@10;) 3 (;@8;) 0 (;@11;) 3 (;@8;)
                        end
                        local.get 12
                        i32.const 1
                        i32.add
                        local.set 12
                      end
                      local.get 4
                      i32.const -1
                      i32.add
                      local.tee 4
                      br_if 0 (;@9;)
                    end
                  end
                  local.get 3
                  local.get 15
                  local.get 7
                  i32.add
                  local.tee 15
                  i32.store offset=820
                  local.get 3
                  local.get 7
                  local.get 12
                  i32.sub
                  local.tee 10
                  i32.store offset=816
                  local.get 10
                  i32.const 769
                  i32.lt_u
                  br_if 0 (;@7;)
                  i32.const 768
                  local.set 10
                  local.get 3
                  i32.const 768
                  i32.store offset=816
                  local.get 3
                  i32.const 1
                  i32.store8 offset=1592
                end
                local.get 11
                local.set 12
                local.get 13
                local.set 14
                br 1 (;@5;)
              end
              i32.const 0
              local.get 4
              local.get 2
              i32.const 67800
              call 23
              unreachable
            end
            block  ;; label = @5
              local.get 14
              i32.eqz
              br_if 0 (;@5;)
              local.get 12
              i32.load8_u
              i32.const 32
              i32.or
              i32.const 101
              i32.ne
              br_if 0 (;@5;)
              block  ;; label = @6
                block  ;; label = @7
                  local.get 14
                  i32.const -1
                  i32.add
                  local.tee 11
                  br_if 0 (;@7;)
                  i32.const 0
                  local.set 4
                  br 1 (;@6;)
                end
                block  ;; label = @7
                  block  ;; label = @8
                    block  ;; label = @9
                      block  ;; label = @10
                        local.get 12
                        i32.const 1
                        i32.add
                        local.tee 7
                        i32.load8_u
                        local.tee 2
                        i32.const -43
                        i32.add
                        br_table 0 (;@10;) 1 (;@9;) 0 (;@10;) 1 (;@9;)
                      end
                      local.get 14
                      i32.const -2
                      i32.add
                      local.tee 11
                      i32.eqz
                      br_if 1 (;@8;)
                      local.get 12
                      i32.const 2
                      i32.add
                      local.set 7
                    end
                    i32.const 0
                    local.set 12
                    i32.const 0
                    local.set 4
                    loop  ;; label = @9
                      local.get 7
                      i32.load8_u
                      i32.const -48
                      i32.add
                      i32.const 255
                      i32.and
                      local.tee 14
                      i32.const 9
                      i32.gt_u
                      br_if 2 (;@7;)
                      local.get 4
                      i32.const 10
                      i32.mul
                      local.get 14
                      i32.add
                      local.tee 14
                      local.get 4
                      local.get 4
                      i32.const 65536
                      i32.lt_s
                      local.tee 13
                      select
                      local.set 4
                      local.get 14
                      local.get 12
                      local.get 13
                      select
                      local.set 12
                      local.get 7
                      i32.const 1
                      i32.add
                      local.set 7
                      local.get 11
                      i32.const -1
                      i32.add
                      local.tee 11
                      br_if 0 (;@9;)
                      br 2 (;@7;)
                    end
                  end
                  i32.const 0
                  local.set 12
                end
                i32.const 0
                local.get 12
                i32.sub
                local.get 12
                local.get 2
                i32.const 45
                i32.eq
                select
                local.set 4
              end
              local.get 3
              local.get 15
              local.get 4
              i32.add
              i32.store offset=820
            end
            local.get 10
            i32.const 18
            i32.gt_u
            br_if 1 (;@3;)
          end
          i32.const 19
          local.get 10
          i32.sub
          local.tee 4
          i32.eqz
          br_if 0 (;@3;)
          local.get 3
          i32.const 816
          i32.add
          local.get 10
          i32.add
          i32.const 8
          i32.add
          i32.const 0
          local.get 4
          memory.fill
        end
        local.get 3
        i32.const 36
        i32.add
        local.get 3
        i32.const 816
        i32.add
        i32.const 780
        memory.copy
        i64.const 0
        local.set 6
        i32.const 0
        local.set 11
        local.get 3
        i32.load offset=36
        i32.eqz
        br_if 0 (;@2;)
        local.get 3
        i32.load offset=40
        local.tee 4
        i32.const -324
        i32.lt_s
        br_if 0 (;@2;)
        i32.const 2047
        local.set 11
        local.get 4
        i32.const 309
        i32.gt_s
        br_if 0 (;@2;)
        block  ;; label = @3
          block  ;; label = @4
            local.get 4
            i32.const 1
            i32.ge_s
            br_if 0 (;@4;)
            i32.const 0
            local.set 7
            br 1 (;@3;)
          end
          i32.const 0
          local.set 7
          loop  ;; label = @4
            i32.const 60
            local.set 12
            block  ;; label = @5
              local.get 4
              i32.const 19
              i32.ge_u
              br_if 0 (;@5;)
              local.get 4
              i32.load8_u offset=67200
              local.set 12
            end
            local.get 3
            i32.const 36
            i32.add
            local.get 12
            call 63
            block  ;; label = @5
              local.get 3
              i32.load offset=40
              local.tee 4
              i32.const -2048
              i32.le_s
              br_if 0 (;@5;)
              local.get 12
              local.get 7
              i32.add
              local.set 7
              local.get 4
              i32.const 1
              i32.lt_s
              br_if 2 (;@3;)
              br 1 (;@4;)
            end
          end
          i32.const 0
          local.set 11
          br 1 (;@2;)
        end
        local.get 3
        i32.const 44
        i32.add
        local.set 14
        block  ;; label = @3
          loop  ;; label = @4
            block  ;; label = @5
              block  ;; label = @6
                local.get 4
                br_if 0 (;@6;)
                local.get 14
                i32.load8_u
                local.tee 4
                i32.const 4
                i32.gt_u
                br_if 3 (;@3;)
                i32.const 2
                i32.const 1
                local.get 4
                i32.const 2
                i32.lt_u
                select
                local.set 12
                br 1 (;@5;)
              end
              i32.const 60
              local.set 12
              i32.const 0
              local.get 4
              i32.sub
              local.tee 4
              i32.const 19
              i32.ge_u
              br_if 0 (;@5;)
              local.get 4
              i32.load8_u offset=67200
              local.set 12
            end
            local.get 3
            i32.const 36
            i32.add
            local.get 12
            call 62
            block  ;; label = @5
              local.get 3
              i32.load offset=40
              local.tee 4
              i32.const 2047
              i32.le_s
              br_if 0 (;@5;)
              i32.const 2047
              local.set 11
              br 3 (;@2;)
            end
            local.get 7
            local.get 12
            i32.sub
            local.set 7
            local.get 4
            i32.const 1
            i32.lt_s
            br_if 0 (;@4;)
          end
        end
        block  ;; label = @3
          local.get 7
          i32.const -1
          i32.add
          local.tee 4
          i32.const -1023
          i32.gt_s
          br_if 0 (;@3;)
          loop  ;; label = @4
            local.get 3
            i32.const 36
            i32.add
            i32.const -1022
            local.get 4
            i32.sub
            local.tee 7
            i32.const 60
            local.get 7
            i32.const 60
            i32.lt_u
            select
            local.tee 7
            call 63
            local.get 7
            local.get 4
            i32.add
            local.tee 4
            i32.const -1022
            i32.lt_u
            br_if 0 (;@4;)
          end
        end
        local.get 4
        i32.const 1023
        i32.add
        i32.const 2046
        i32.gt_s
        br_if 0 (;@2;)
        local.get 3
        i32.const 36
        i32.add
        i32.const 53
        call 62
        block  ;; label = @3
          block  ;; label = @4
            block  ;; label = @5
              block  ;; label = @6
                local.get 3
                i32.load offset=36
                local.tee 13
                i32.eqz
                br_if 0 (;@6;)
                local.get 3
                i32.load offset=40
                local.tee 12
                i32.const 0
                i32.lt_s
                br_if 0 (;@6;)
                local.get 12
                i32.const 18
                i32.gt_u
                br_if 2 (;@4;)
                block  ;; label = @7
                  local.get 12
                  br_if 0 (;@7;)
                  i64.const 0
                  local.set 8
                  br 2 (;@5;)
                end
                i32.const 0
                local.set 7
                i64.const 0
                local.set 8
                loop  ;; label = @7
                  local.get 8
                  i64.const 10
                  i64.mul
                  local.set 8
                  block  ;; label = @8
                    local.get 7
                    local.get 13
                    i32.ge_u
                    br_if 0 (;@8;)
                    local.get 8
                    local.get 14
                    local.get 7
                    i32.add
                    i64.load8_u
                    i64.add
                    local.set 8
                  end
                  local.get 12
                  local.get 7
                  i32.const 1
                  i32.add
                  local.tee 7
                  i32.eq
                  br_if 2 (;@5;)
                  br 0 (;@7;)
                end
              end
              local.get 4
              i32.const 1022
              i32.add
              local.set 11
              br 3 (;@2;)
            end
            block  ;; label = @5
              local.get 12
              local.get 13
              i32.ge_u
              br_if 0 (;@5;)
              local.get 14
              local.get 12
              i32.add
              local.tee 14
              i32.load8_u
              local.set 7
              block  ;; label = @6
                block  ;; label = @7
                  block  ;; label = @8
                    local.get 12
                    i32.const 1
                    i32.add
                    local.get 13
                    i32.ne
                    br_if 0 (;@8;)
                    local.get 7
                    i32.const 255
                    i32.and
                    i32.const 5
                    i32.eq
                    br_if 1 (;@7;)
                  end
                  local.get 7
                  i32.const 255
                  i32.and
                  i32.const 4
                  i32.gt_u
                  br_if 1 (;@6;)
                  br 2 (;@5;)
                end
                local.get 3
                i32.load8_u offset=812
                br_if 0 (;@6;)
                local.get 12
                i32.eqz
                br_if 1 (;@5;)
                local.get 14
                i32.const -1
                i32.add
                i32.load8_u
                i32.const 1
                i32.and
                i32.eqz
                br_if 1 (;@5;)
              end
              local.get 8
              i64.const 1
              i64.add
              local.set 8
            end
            local.get 8
            i64.const 9007199254740992
            i64.lt_u
            br_if 1 (;@3;)
          end
          local.get 3
          i32.const 36
          i32.add
          i32.const 1
          call 63
          local.get 3
          i32.const 36
          i32.add
          call 64
          local.set 8
          local.get 4
          i32.const 1024
          i32.add
          i32.const 2046
          i32.gt_s
          br_if 1 (;@2;)
          local.get 4
          i32.const 1
          i32.add
          local.set 4
        end
        local.get 8
        i64.const 4503599627370495
        i64.and
        local.set 6
        i32.const 1022
        i32.const 1023
        local.get 8
        i64.const 4503599627370496
        i64.lt_u
        select
        local.get 4
        i32.add
        local.set 11
      end
      local.get 0
      local.get 11
      i64.extend_i32_u
      i64.const 52
      i64.shl
      local.get 6
      i64.or
      f64.reinterpret_i64
      local.tee 18
      f64.neg
      local.get 18
      local.get 5
      i32.const 45
      i32.eq
      select
      f64.store offset=8
      i32.const 0
      local.set 4
    end
    local.get 0
    local.get 4
    i32.store8
    local.get 3
    i32.const 1600
    i32.add
    global.set 0)
  (func (;68;) (type 16) (param i32 i64 i64)
    (local i32 i32 i32 i64 i64 i64 i64 i64 i32)
    global.get 0
    i32.const 32
    i32.sub
    local.tee 3
    global.set 0
    local.get 0
    i32.const 2047
    i32.store offset=8
    local.get 0
    i64.const 0
    i64.store
    i32.const 0
    local.set 4
    block  ;; label = @1
      block  ;; label = @2
        local.get 1
        i64.const -342
        i64.lt_s
        br_if 0 (;@2;)
        local.get 2
        i64.eqz
        br_if 0 (;@2;)
        local.get 1
        i64.const 308
        i64.gt_s
        br_if 1 (;@1;)
        local.get 3
        i32.const 16
        i32.add
        local.get 1
        i32.wrap_i64
        local.tee 5
        i32.const 4
        i32.shl
        local.tee 4
        i32.const 74760
        i32.add
        i64.load
        i64.const 0
        local.get 2
        local.get 2
        i64.clz
        local.tee 6
        i64.shl
        local.tee 7
        i64.const 0
        call 165
        local.get 3
        i64.load offset=16
        local.set 8
        block  ;; label = @3
          local.get 3
          i64.load offset=24
          local.tee 2
          i64.const 511
          i64.and
          i64.const 511
          i64.ne
          br_if 0 (;@3;)
          local.get 3
          local.get 4
          i32.const 69288
          i32.add
          i32.const 5480
          i32.add
          i64.load
          i64.const 0
          local.get 7
          i64.const 0
          call 165
          local.get 3
          i64.load offset=8
          local.tee 7
          local.get 8
          i64.add
          local.tee 8
          local.get 7
          i64.lt_u
          i64.extend_i32_u
          local.get 2
          i64.add
          local.set 2
        end
        block  ;; label = @3
          local.get 1
          i64.const 27
          i64.add
          i64.const 83
          i64.lt_u
          br_if 0 (;@3;)
          i32.const -1
          local.set 4
          local.get 8
          i64.const -1
          i64.eq
          br_if 1 (;@2;)
        end
        local.get 2
        local.get 2
        i64.const 63
        i64.shr_u
        local.tee 9
        i64.const 9
        i64.add
        local.tee 10
        i64.shr_u
        local.set 7
        block  ;; label = @3
          block  ;; label = @4
            local.get 5
            i32.const 217706
            i32.mul
            i32.const 16
            i32.shr_s
            local.get 6
            i32.wrap_i64
            i32.sub
            local.get 9
            i32.wrap_i64
            i32.add
            i32.const 63
            i32.add
            local.tee 5
            i32.const -1022
            i32.lt_s
            br_if 0 (;@4;)
            i32.const 1024
            i32.const 1023
            local.get 7
            i64.const 72057594037927932
            i64.and
            local.get 7
            local.get 7
            local.get 10
            i64.shl
            local.get 2
            i64.eq
            select
            local.get 7
            local.get 7
            i64.const 3
            i64.and
            i64.const 1
            i64.eq
            select
            local.get 7
            local.get 8
            i64.const 2
            i64.lt_u
            select
            local.get 7
            local.get 1
            i64.const 4
            i64.add
            i64.const 28
            i64.lt_u
            select
            local.tee 1
            i64.const 1
            i64.and
            local.get 1
            i64.add
            local.tee 1
            i64.const 18014398509481983
            i64.gt_u
            local.tee 11
            select
            local.get 5
            i32.add
            local.tee 4
            i32.const 2046
            i32.gt_u
            br_if 3 (;@1;)
            i64.const 0
            local.get 1
            i64.const 1
            i64.shr_u
            i64.const 9218868437227405311
            i64.and
            local.get 11
            select
            local.set 1
            br 1 (;@3;)
          end
          i32.const 0
          local.set 4
          local.get 5
          i32.const -1085
          i32.lt_u
          br_if 1 (;@2;)
          local.get 7
          i32.const -1022
          local.get 5
          i32.sub
          i64.extend_i32_u
          i64.shr_u
          local.tee 1
          i64.const 1
          i64.and
          local.get 1
          i64.add
          local.tee 1
          i64.const 9007199254740991
          i64.gt_u
          local.set 4
          local.get 1
          i64.const 1
          i64.shr_u
          local.set 1
        end
        local.get 0
        local.get 1
        i64.store
      end
      local.get 0
      local.get 4
      i32.store offset=8
    end
    local.get 3
    i32.const 32
    i32.add
    global.set 0)
  (func (;69;) (type 2) (param i32 i32) (result i32)
    (local i32 i32 i32 i32)
    global.get 0
    i32.const 16
    i32.sub
    local.tee 2
    global.set 0
    local.get 0
    i32.load
    local.set 0
    block  ;; label = @1
      block  ;; label = @2
        local.get 1
        i32.load8_u offset=11
        i32.const 24
        i32.and
        br_if 0 (;@2;)
        local.get 1
        i32.load
        local.get 0
        local.get 1
        i32.load offset=4
        i32.load offset=16
        call_indirect (type 2)
        local.set 0
        br 1 (;@1;)
      end
      local.get 2
      i32.const 0
      i32.store offset=12
      block  ;; label = @2
        block  ;; label = @3
          local.get 0
          i32.const 128
          i32.lt_u
          br_if 0 (;@3;)
          local.get 0
          i32.const 63
          i32.and
          i32.const -128
          i32.or
          local.set 3
          local.get 0
          i32.const 6
          i32.shr_u
          local.set 4
          block  ;; label = @4
            local.get 0
            i32.const 2048
            i32.ge_u
            br_if 0 (;@4;)
            local.get 2
            local.get 3
            i32.store8 offset=13
            local.get 2
            local.get 4
            i32.const 192
            i32.or
            i32.store8 offset=12
            i32.const 2
            local.set 0
            br 2 (;@2;)
          end
          local.get 0
          i32.const 12
          i32.shr_u
          local.set 5
          local.get 4
          i32.const 63
          i32.and
          i32.const -128
          i32.or
          local.set 4
          block  ;; label = @4
            local.get 0
            i32.const 65535
            i32.gt_u
            br_if 0 (;@4;)
            local.get 2
            local.get 3
            i32.store8 offset=14
            local.get 2
            local.get 4
            i32.store8 offset=13
            local.get 2
            local.get 5
            i32.const 224
            i32.or
            i32.store8 offset=12
            i32.const 3
            local.set 0
            br 2 (;@2;)
          end
          local.get 2
          local.get 3
          i32.store8 offset=15
          local.get 2
          local.get 4
          i32.store8 offset=14
          local.get 2
          local.get 5
          i32.const 63
          i32.and
          i32.const -128
          i32.or
          i32.store8 offset=13
          local.get 2
          local.get 0
          i32.const 18
          i32.shr_u
          i32.const -16
          i32.or
          i32.store8 offset=12
          i32.const 4
          local.set 0
          br 1 (;@2;)
        end
        local.get 2
        local.get 0
        i32.store8 offset=12
        i32.const 1
        local.set 0
      end
      local.get 1
      local.get 2
      i32.const 12
      i32.add
      local.get 0
      call 51
      local.set 0
    end
    local.get 2
    i32.const 16
    i32.add
    global.set 0
    local.get 0)
  (func (;70;) (type 10) (param i32) (result i32)
    (local i32 i32)
    i32.const 0
    local.set 1
    block  ;; label = @1
      block  ;; label = @2
        local.get 0
        i32.const 0
        i32.load offset=82436
        local.tee 2
        i32.le_u
        br_if 0 (;@2;)
        local.get 0
        local.get 2
        i32.sub
        local.tee 0
        i32.const 16
        i32.shr_u
        local.get 0
        i32.const 65535
        i32.and
        i32.const 0
        i32.ne
        i32.add
        local.tee 0
        memory.grow
        i32.const -1
        i32.eq
        br_if 1 (;@1;)
        i32.const 0
        local.get 0
        i32.const 16
        i32.shl
        local.get 2
        i32.add
        i32.store offset=82436
      end
      i32.const 1
      local.set 1
    end
    local.get 1)
  (func (;71;) (type 0) (param i32 i32 i32)
    (local i32 i32 i32)
    global.get 0
    i32.const 16
    i32.sub
    local.tee 3
    global.set 0
    local.get 3
    i32.const 8
    i32.add
    local.get 2
    i32.const 1
    i32.const 1
    call 72
    local.get 3
    i32.load offset=8
    local.set 4
    local.get 3
    i32.load offset=12
    local.set 5
    local.get 0
    i32.const 0
    i32.store offset=8
    local.get 0
    local.get 5
    i32.store offset=4
    local.get 0
    local.get 4
    i32.store
    block  ;; label = @1
      local.get 2
      i32.eqz
      br_if 0 (;@1;)
      block  ;; label = @2
        local.get 2
        i32.eqz
        br_if 0 (;@2;)
        local.get 5
        local.get 1
        local.get 2
        memory.copy
      end
      local.get 0
      local.get 2
      i32.store offset=8
    end
    local.get 3
    i32.const 16
    i32.add
    global.set 0)
  (func (;72;) (type 4) (param i32 i32 i32 i32)
    (local i32)
    global.get 0
    i32.const 16
    i32.sub
    local.tee 4
    global.set 0
    local.get 4
    i32.const 4
    i32.add
    local.get 1
    local.get 2
    local.get 3
    call 25
    local.get 4
    i32.load offset=8
    local.set 3
    block  ;; label = @1
      local.get 4
      i32.load offset=4
      i32.const 1
      i32.ne
      br_if 0 (;@1;)
      local.get 3
      local.get 4
      i32.load offset=12
      call 26
      unreachable
    end
    local.get 0
    local.get 4
    i32.load offset=12
    i32.store offset=4
    local.get 0
    local.get 3
    i32.store
    local.get 4
    i32.const 16
    i32.add
    global.set 0)
  (func (;73;) (type 0) (param i32 i32 i32)
    (local i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32)
    global.get 0
    i32.const 16
    i32.sub
    local.tee 3
    global.set 0
    local.get 0
    i32.const 34
    call 74
    local.get 1
    local.get 2
    i32.add
    local.set 4
    i32.const 0
    local.set 5
    local.get 1
    local.set 6
    loop  ;; label = @1
      i32.const 0
      local.set 7
      block  ;; label = @2
        block  ;; label = @3
          block  ;; label = @4
            block  ;; label = @5
              block  ;; label = @6
                block  ;; label = @7
                  block  ;; label = @8
                    block  ;; label = @9
                      block  ;; label = @10
                        block  ;; label = @11
                          block  ;; label = @12
                            loop  ;; label = @13
                              local.get 6
                              local.get 7
                              local.tee 8
                              i32.add
                              local.tee 9
                              local.get 4
                              i32.eq
                              br_if 9 (;@4;)
                              local.get 5
                              local.get 8
                              i32.add
                              local.set 7
                              local.get 5
                              local.get 8
                              i32.add
                              local.tee 10
                              i32.const 1
                              i32.add
                              local.set 11
                              local.get 9
                              i32.const 1
                              i32.add
                              local.set 12
                              i32.const 2
                              local.set 13
                              i32.const 0
                              local.set 14
                              i32.const 80546
                              local.set 15
                              i32.const 13
                              local.set 16
                              block  ;; label = @14
                                block  ;; label = @15
                                  local.get 9
                                  i32.load8_u
                                  local.tee 9
                                  i32.const -8
                                  i32.add
                                  br_table 7 (;@8;) 4 (;@11;) 9 (;@6;) 1 (;@14;) 8 (;@7;) 3 (;@12;) 0 (;@15;)
                                end
                                local.get 9
                                i32.const 34
                                i32.eq
                                br_if 4 (;@10;)
                                local.get 9
                                i32.const 92
                                i32.eq
                                br_if 5 (;@9;)
                              end
                              i32.const 1
                              local.set 15
                              local.get 8
                              i32.const 1
                              i32.add
                              local.set 7
                              local.get 9
                              i32.const 32
                              i32.ge_u
                              br_if 0 (;@13;)
                            end
                            i32.const 0
                            local.set 13
                            local.get 9
                            local.set 16
                            i32.const 1
                            local.set 14
                          end
                          local.get 5
                          local.get 8
                          i32.add
                          local.tee 7
                          i32.const 1
                          i32.add
                          local.set 11
                          br 6 (;@5;)
                        end
                        i32.const 2
                        local.set 13
                        i32.const 0
                        local.set 14
                        i32.const 80548
                        local.set 15
                        i32.const 9
                        local.set 16
                        br 5 (;@5;)
                      end
                      i32.const 2
                      local.set 13
                      i32.const 0
                      local.set 14
                      i32.const 80536
                      local.set 15
                      i32.const 34
                      local.set 16
                      br 4 (;@5;)
                    end
                    i32.const 2
                    local.set 13
                    i32.const 0
                    local.set 14
                    i32.const 80538
                    local.set 15
                    i32.const 92
                    local.set 16
                    br 3 (;@5;)
                  end
                  i32.const 2
                  local.set 13
                  i32.const 0
                  local.set 14
                  i32.const 80540
                  local.set 15
                  i32.const 8
                  local.set 16
                  br 2 (;@5;)
                end
                i32.const 2
                local.set 13
                i32.const 0
                local.set 14
                i32.const 80542
                local.set 15
                i32.const 12
                local.set 16
                br 1 (;@5;)
              end
              i32.const 2
              local.set 13
              i32.const 0
              local.set 14
              i32.const 80544
              local.set 15
              i32.const 10
              local.set 16
              local.get 10
              local.set 7
            end
            local.get 7
            local.get 2
            i32.gt_u
            br_if 1 (;@3;)
            local.get 7
            local.get 5
            i32.lt_u
            br_if 1 (;@3;)
            local.get 0
            local.get 1
            local.get 5
            i32.add
            local.get 7
            local.get 5
            i32.sub
            call 75
            block  ;; label = @5
              local.get 14
              br_if 0 (;@5;)
              local.get 0
              local.get 15
              local.get 13
              call 75
              br 3 (;@2;)
            end
            local.get 0
            i32.const 80568
            i32.const 4
            call 76
            local.get 0
            local.get 16
            i32.const 4
            i32.shr_u
            i32.load8_u offset=80572
            call 74
            local.get 0
            local.get 16
            i32.const 15
            i32.and
            i32.load8_u offset=80572
            call 74
            br 2 (;@2;)
          end
          local.get 3
          i32.const 8
          i32.add
          local.get 5
          local.get 1
          local.get 2
          i32.const 80520
          call 77
          local.get 0
          local.get 3
          i32.load offset=8
          local.get 3
          i32.load offset=12
          call 75
          local.get 0
          i32.const 34
          call 74
          local.get 3
          i32.const 16
          i32.add
          global.set 0
          return
        end
        local.get 5
        local.get 7
        local.get 2
        i32.const 80552
        call 23
        unreachable
      end
      local.get 12
      local.set 6
      local.get 11
      local.set 5
      br 0 (;@1;)
    end)
  (func (;74;) (type 3) (param i32 i32)
    (local i32)
    block  ;; label = @1
      local.get 0
      i32.load offset=8
      local.tee 2
      local.get 0
      i32.load
      i32.ne
      br_if 0 (;@1;)
      local.get 0
      call 43
    end
    local.get 0
    local.get 2
    i32.const 1
    i32.add
    i32.store offset=8
    local.get 0
    i32.load offset=4
    local.get 2
    i32.add
    local.get 1
    i32.store8)
  (func (;75;) (type 0) (param i32 i32 i32)
    local.get 0
    local.get 1
    local.get 2
    call 76)
  (func (;76;) (type 0) (param i32 i32 i32)
    (local i32)
    local.get 0
    local.get 2
    call 126
    local.get 0
    i32.load offset=8
    local.set 3
    block  ;; label = @1
      local.get 2
      i32.eqz
      br_if 0 (;@1;)
      local.get 2
      i32.eqz
      br_if 0 (;@1;)
      local.get 0
      i32.load offset=4
      local.get 3
      i32.add
      local.get 1
      local.get 2
      memory.copy
    end
    local.get 0
    local.get 3
    local.get 2
    i32.add
    i32.store offset=8)
  (func (;77;) (type 6) (param i32 i32 i32 i32 i32)
    block  ;; label = @1
      local.get 3
      local.get 1
      i32.lt_u
      br_if 0 (;@1;)
      local.get 0
      local.get 3
      local.get 1
      i32.sub
      i32.store offset=4
      local.get 0
      local.get 2
      local.get 1
      i32.add
      i32.store
      return
    end
    local.get 1
    local.get 3
    local.get 3
    local.get 4
    call 23
    unreachable)
  (func (;78;) (type 0) (param i32 i32 i32)
    (local i32)
    global.get 0
    i32.const 16
    i32.sub
    local.tee 3
    global.set 0
    local.get 3
    local.get 1
    call 79
    block  ;; label = @1
      block  ;; label = @2
        block  ;; label = @3
          local.get 3
          i32.load8_u
          i32.eqz
          br_if 0 (;@3;)
          local.get 3
          i32.load8_u offset=1
          i32.const 255
          i32.and
          local.get 2
          i32.const 255
          i32.and
          i32.eq
          br_if 1 (;@2;)
        end
        local.get 3
        local.get 2
        i32.const 255
        i32.and
        i32.store offset=4
        local.get 3
        i32.const 8
        i32.store offset=12
        local.get 3
        local.get 3
        i32.const 4
        i32.add
        i32.store offset=8
        local.get 0
        i32.const 66747
        local.get 3
        i32.const 8
        i32.add
        call 95
        local.get 0
        local.get 1
        i32.load offset=8
        i32.store offset=12
        br 1 (;@1;)
      end
      local.get 0
      i32.const -2147483648
      i32.store
      local.get 1
      local.get 1
      i32.load offset=8
      i32.const 1
      i32.add
      i32.store offset=8
    end
    local.get 3
    i32.const 16
    i32.add
    global.set 0)
  (func (;79;) (type 3) (param i32 i32)
    (local i32 i32 i32)
    local.get 1
    call 92
    block  ;; label = @1
      local.get 1
      i32.load offset=8
      local.tee 2
      local.get 1
      i32.load offset=4
      local.tee 3
      i32.ge_u
      br_if 0 (;@1;)
      local.get 1
      i32.load
      local.get 2
      i32.add
      i32.load8_u
      local.set 4
    end
    local.get 0
    local.get 4
    i32.store8 offset=1
    local.get 0
    local.get 2
    local.get 3
    i32.lt_u
    i32.store8)
  (func (;80;) (type 3) (param i32 i32)
    (local i32 i32 i32 i32 i32 i32 i32 i32 i32 i64)
    global.get 0
    i32.const 64
    i32.sub
    local.tee 2
    global.set 0
    local.get 2
    i32.const 48
    i32.add
    local.get 1
    i32.const 34
    call 78
    block  ;; label = @1
      block  ;; label = @2
        local.get 2
        i32.load offset=48
        local.tee 3
        i32.const -2147483648
        i32.eq
        br_if 0 (;@2;)
        local.get 0
        local.get 2
        i32.load offset=60
        i32.store offset=12
        local.get 0
        local.get 2
        i64.load offset=52 align=4
        i64.store offset=4 align=4
        local.get 0
        local.get 3
        i32.store
        br 1 (;@1;)
      end
      local.get 1
      i32.load offset=8
      local.tee 4
      local.get 1
      i32.load offset=4
      local.tee 5
      local.get 4
      local.get 5
      i32.gt_u
      select
      local.set 6
      local.get 1
      i32.load
      local.set 7
      local.get 4
      local.set 3
      block  ;; label = @2
        block  ;; label = @3
          block  ;; label = @4
            loop  ;; label = @5
              block  ;; label = @6
                local.get 6
                local.get 3
                i32.ne
                br_if 0 (;@6;)
                local.get 1
                local.get 6
                i32.store offset=8
                local.get 0
                i32.const 81143
                i32.const 19
                call 71
                local.get 0
                local.get 6
                i32.store offset=12
                br 5 (;@1;)
              end
              block  ;; label = @6
                block  ;; label = @7
                  block  ;; label = @8
                    local.get 7
                    local.get 3
                    i32.add
                    i32.load8_u
                    local.tee 8
                    i32.const 92
                    i32.eq
                    br_if 0 (;@8;)
                    local.get 8
                    i32.const 34
                    i32.ne
                    br_if 1 (;@7;)
                    local.get 1
                    local.get 3
                    i32.const 1
                    i32.add
                    i32.store offset=8
                    local.get 2
                    i32.const 48
                    i32.add
                    local.get 7
                    local.get 5
                    local.get 4
                    local.get 3
                    call 101
                    block  ;; label = @9
                      local.get 2
                      i32.load offset=48
                      i32.const -2147483648
                      i32.eq
                      br_if 0 (;@9;)
                      local.get 0
                      local.get 2
                      i64.load offset=56 align=4
                      i64.store offset=8 align=4
                      local.get 0
                      local.get 2
                      i64.load offset=48 align=4
                      i64.store align=4
                      br 8 (;@1;)
                    end
                    local.get 0
                    local.get 2
                    i64.load offset=52 align=4
                    i64.store offset=8 align=4
                    local.get 0
                    i64.const -9223372034707292160
                    i64.store align=4
                    br 7 (;@1;)
                  end
                  local.get 1
                  local.get 3
                  i32.store offset=8
                  local.get 2
                  i32.const 48
                  i32.add
                  local.get 7
                  local.get 5
                  local.get 4
                  local.get 3
                  call 101
                  local.get 2
                  i32.load offset=56
                  local.set 8
                  local.get 2
                  i32.load offset=52
                  local.set 6
                  block  ;; label = @8
                    local.get 2
                    i32.load offset=48
                    local.tee 4
                    i32.const -2147483648
                    i32.eq
                    br_if 0 (;@8;)
                    local.get 2
                    local.get 2
                    i32.load offset=60
                    i32.store offset=16
                    local.get 2
                    local.get 8
                    i32.store offset=12
                    local.get 2
                    local.get 6
                    i32.store offset=8
                    local.get 2
                    local.get 4
                    i32.store offset=4
                    br 5 (;@3;)
                  end
                  local.get 2
                  i32.const 20
                  i32.add
                  local.get 6
                  local.get 8
                  call 71
                  block  ;; label = @8
                    block  ;; label = @9
                      loop  ;; label = @10
                        local.get 7
                        local.get 3
                        local.get 5
                        local.get 3
                        local.get 5
                        i32.gt_u
                        select
                        local.tee 4
                        i32.add
                        local.set 9
                        local.get 3
                        local.set 8
                        block  ;; label = @11
                          loop  ;; label = @12
                            block  ;; label = @13
                              local.get 4
                              local.get 8
                              i32.ne
                              br_if 0 (;@13;)
                              local.get 4
                              local.set 8
                              local.get 9
                              local.set 10
                              br 2 (;@11;)
                            end
                            local.get 7
                            local.get 8
                            i32.add
                            local.tee 10
                            i32.load8_u
                            local.tee 6
                            i32.const 34
                            i32.eq
                            br_if 1 (;@11;)
                            local.get 6
                            i32.const 92
                            i32.eq
                            br_if 1 (;@11;)
                            local.get 6
                            i32.const 32
                            i32.lt_u
                            br_if 1 (;@11;)
                            local.get 1
                            local.get 8
                            i32.const 1
                            i32.add
                            local.tee 8
                            i32.store offset=8
                            br 0 (;@12;)
                          end
                        end
                        local.get 2
                        i32.const 48
                        i32.add
                        local.get 7
                        local.get 1
                        i32.load offset=4
                        local.get 3
                        local.get 8
                        call 101
                        block  ;; label = @11
                          local.get 2
                          i32.load offset=48
                          local.tee 3
                          i32.const -2147483648
                          i32.eq
                          br_if 0 (;@11;)
                          local.get 2
                          local.get 2
                          i64.load offset=52 align=4
                          i64.store offset=8 align=4
                          local.get 2
                          local.get 3
                          i32.store offset=4
                          local.get 2
                          i32.load offset=60
                          local.set 6
                          br 7 (;@4;)
                        end
                        local.get 2
                        i32.const 20
                        i32.add
                        local.get 2
                        i32.load offset=52
                        local.get 2
                        i32.load offset=56
                        call 76
                        block  ;; label = @11
                          local.get 8
                          local.get 5
                          i32.ge_u
                          br_if 0 (;@11;)
                          block  ;; label = @12
                            local.get 10
                            i32.load8_u
                            local.tee 3
                            i32.const 92
                            i32.eq
                            br_if 0 (;@12;)
                            local.get 3
                            i32.const 34
                            i32.eq
                            br_if 3 (;@9;)
                            local.get 1
                            i32.load offset=8
                            local.set 6
                            local.get 2
                            i32.const 4
                            i32.add
                            i32.const 81162
                            i32.const 29
                            call 71
                            br 6 (;@6;)
                          end
                          local.get 1
                          local.get 8
                          i32.const 1
                          i32.add
                          local.tee 6
                          i32.store offset=8
                          local.get 6
                          local.get 5
                          i32.ge_u
                          br_if 3 (;@8;)
                          local.get 1
                          local.get 8
                          i32.const 2
                          i32.add
                          local.tee 3
                          i32.store offset=8
                          block  ;; label = @12
                            block  ;; label = @13
                              block  ;; label = @14
                                block  ;; label = @15
                                  block  ;; label = @16
                                    block  ;; label = @17
                                      block  ;; label = @18
                                        block  ;; label = @19
                                          block  ;; label = @20
                                            block  ;; label = @21
                                              block  ;; label = @22
                                                local.get 7
                                                local.get 6
                                                i32.add
                                                i32.load8_u
                                                local.tee 8
                                                i32.const -110
                                                i32.add
                                                br_table 7 (;@15;) 1 (;@21;) 1 (;@21;) 1 (;@21;) 8 (;@14;) 1 (;@21;) 9 (;@13;) 10 (;@12;) 0 (;@22;)
                                              end
                                              block  ;; label = @22
                                                local.get 8
                                                i32.const -98
                                                i32.add
                                                br_table 5 (;@17;) 1 (;@21;) 1 (;@21;) 1 (;@21;) 6 (;@16;) 0 (;@22;)
                                              end
                                              local.get 8
                                              i32.const 34
                                              i32.eq
                                              br_if 1 (;@20;)
                                              local.get 8
                                              i32.const 47
                                              i32.eq
                                              br_if 3 (;@18;)
                                              local.get 8
                                              i32.const 92
                                              i32.eq
                                              br_if 2 (;@19;)
                                            end
                                            local.get 1
                                            local.get 6
                                            i32.store offset=8
                                            local.get 2
                                            i32.const 4
                                            i32.add
                                            i32.const 81191
                                            i32.const 14
                                            call 71
                                            br 14 (;@6;)
                                          end
                                          local.get 2
                                          i32.const 20
                                          i32.add
                                          i32.const 34
                                          call 102
                                          br 9 (;@10;)
                                        end
                                        local.get 2
                                        i32.const 20
                                        i32.add
                                        i32.const 92
                                        call 102
                                        br 8 (;@10;)
                                      end
                                      local.get 2
                                      i32.const 20
                                      i32.add
                                      i32.const 47
                                      call 102
                                      br 7 (;@10;)
                                    end
                                    local.get 2
                                    i32.const 20
                                    i32.add
                                    i32.const 8
                                    call 102
                                    br 6 (;@10;)
                                  end
                                  local.get 2
                                  i32.const 20
                                  i32.add
                                  i32.const 12
                                  call 102
                                  br 5 (;@10;)
                                end
                                local.get 2
                                i32.const 20
                                i32.add
                                i32.const 10
                                call 102
                                br 4 (;@10;)
                              end
                              local.get 2
                              i32.const 20
                              i32.add
                              i32.const 13
                              call 102
                              br 3 (;@10;)
                            end
                            local.get 2
                            i32.const 20
                            i32.add
                            i32.const 9
                            call 102
                            br 2 (;@10;)
                          end
                          local.get 2
                          i32.const 48
                          i32.add
                          local.get 1
                          call 103
                          local.get 2
                          i32.load offset=52
                          local.set 8
                          block  ;; label = @12
                            block  ;; label = @13
                              block  ;; label = @14
                                local.get 2
                                i32.load offset=48
                                local.tee 6
                                i32.const -2147483648
                                i32.eq
                                br_if 0 (;@14;)
                                local.get 2
                                i64.load offset=56 align=4
                                local.set 11
                                br 1 (;@13;)
                              end
                              block  ;; label = @14
                                block  ;; label = @15
                                  local.get 8
                                  i32.const -1024
                                  i32.and
                                  i32.const 55296
                                  i32.ne
                                  br_if 0 (;@15;)
                                  i32.const 0
                                  i32.const 0
                                  local.get 1
                                  i32.load
                                  local.get 1
                                  i32.load offset=8
                                  local.tee 3
                                  i32.add
                                  local.get 3
                                  i32.const 2
                                  i32.add
                                  local.tee 6
                                  local.get 1
                                  i32.load offset=4
                                  i32.gt_u
                                  select
                                  local.get 3
                                  i32.const -3
                                  i32.gt_u
                                  select
                                  i32.const 2
                                  i32.const 80780
                                  i32.const 2
                                  call 104
                                  br_if 1 (;@14;)
                                  local.get 1
                                  local.get 6
                                  i32.store offset=8
                                  local.get 2
                                  i32.const 48
                                  i32.add
                                  local.get 1
                                  call 103
                                  local.get 2
                                  i32.load offset=52
                                  local.set 3
                                  block  ;; label = @16
                                    local.get 2
                                    i32.load offset=48
                                    local.tee 6
                                    i32.const -2147483648
                                    i32.eq
                                    br_if 0 (;@16;)
                                    local.get 2
                                    i64.load offset=56 align=4
                                    local.set 11
                                    local.get 3
                                    local.set 8
                                    br 3 (;@13;)
                                  end
                                  block  ;; label = @16
                                    local.get 3
                                    i32.const -1024
                                    i32.and
                                    i32.const 56320
                                    i32.eq
                                    br_if 0 (;@16;)
                                    local.get 1
                                    i32.load offset=8
                                    local.set 3
                                    br 2 (;@14;)
                                  end
                                  local.get 8
                                  i32.const 10
                                  i32.shl
                                  local.get 3
                                  i32.add
                                  i32.const -56613888
                                  i32.add
                                  local.set 8
                                end
                                local.get 1
                                i32.load offset=8
                                local.set 3
                                local.get 8
                                i32.const 55296
                                i32.xor
                                i32.const -1114112
                                i32.add
                                i32.const -1112064
                                i32.ge_u
                                br_if 2 (;@12;)
                              end
                              local.get 2
                              i32.const 32
                              i32.add
                              i32.const 80782
                              i32.const 29
                              call 71
                              local.get 2
                              local.get 3
                              i32.store offset=44
                              local.get 2
                              i32.load offset=36
                              local.set 8
                              local.get 2
                              i32.load offset=32
                              local.tee 6
                              i32.const -2147483648
                              i32.eq
                              br_if 1 (;@12;)
                              local.get 2
                              i64.load offset=40 align=4
                              local.set 11
                            end
                            local.get 2
                            local.get 11
                            i64.store offset=12 align=4
                            local.get 2
                            local.get 8
                            i32.store offset=8
                            local.get 2
                            local.get 6
                            i32.store offset=4
                            local.get 2
                            i32.const 20
                            i32.add
                            call 105
                            br 9 (;@3;)
                          end
                          local.get 2
                          i32.const 20
                          i32.add
                          local.get 8
                          call 102
                          local.get 1
                          i32.load offset=4
                          local.set 5
                          local.get 1
                          i32.load
                          local.set 7
                          br 1 (;@10;)
                        end
                      end
                      local.get 1
                      i32.load offset=8
                      local.set 6
                      local.get 2
                      i32.const 4
                      i32.add
                      i32.const 81143
                      i32.const 19
                      call 71
                      br 3 (;@6;)
                    end
                    local.get 1
                    local.get 8
                    i32.const 1
                    i32.add
                    i32.store offset=8
                    local.get 2
                    local.get 2
                    i64.load offset=20 align=4
                    i64.store offset=8 align=4
                    local.get 2
                    local.get 2
                    i32.load offset=28
                    i32.store offset=16
                    br 6 (;@2;)
                  end
                  local.get 2
                  i32.const 4
                  i32.add
                  i32.const 81143
                  i32.const 19
                  call 71
                  br 1 (;@6;)
                end
                block  ;; label = @7
                  local.get 8
                  i32.const 31
                  i32.gt_u
                  br_if 0 (;@7;)
                  local.get 1
                  local.get 3
                  i32.store offset=8
                  local.get 0
                  i32.const 81162
                  i32.const 29
                  call 71
                  local.get 0
                  local.get 3
                  i32.store offset=12
                  br 6 (;@1;)
                end
                local.get 3
                i32.const 1
                i32.add
                local.set 3
                br 1 (;@5;)
              end
            end
            local.get 2
            i32.load offset=4
            local.set 3
          end
          local.get 2
          local.get 6
          i32.store offset=16
          local.get 2
          i32.const 20
          i32.add
          call 105
          local.get 3
          i32.const -2147483648
          i32.eq
          br_if 1 (;@2;)
        end
        local.get 0
        local.get 2
        i64.load offset=12 align=4
        i64.store offset=8 align=4
        local.get 0
        local.get 2
        i64.load offset=4 align=4
        i64.store align=4
        br 1 (;@1;)
      end
      local.get 0
      local.get 2
      i32.load offset=16
      i32.store offset=12
      local.get 0
      local.get 2
      i64.load offset=8 align=4
      i64.store offset=4 align=4
      local.get 0
      i32.const -2147483648
      i32.store
    end
    local.get 2
    i32.const 64
    i32.add
    global.set 0)
  (func (;81;) (type 13) (param i32)
    block  ;; label = @1
      local.get 0
      i32.load
      i32.const -2147483648
      i32.eq
      br_if 0 (;@1;)
      local.get 0
      call 105
    end)
  (func (;82;) (type 5) (param i32 i32 i32 i32) (result i32)
    (local i32)
    i32.const 0
    local.set 4
    block  ;; label = @1
      local.get 1
      local.get 3
      i32.ne
      br_if 0 (;@1;)
      local.get 0
      local.get 2
      local.get 1
      call 164
      i32.eqz
      local.set 4
    end
    local.get 4)
  (func (;83;) (type 3) (param i32 i32)
    (local i32 i32 i32 i32)
    global.get 0
    i32.const 32
    i32.sub
    local.tee 2
    global.set 0
    local.get 1
    call 92
    local.get 1
    i32.load offset=8
    local.set 3
    local.get 2
    i32.const 8
    i32.add
    local.get 1
    i32.const 0
    call 106
    block  ;; label = @1
      block  ;; label = @2
        block  ;; label = @3
          block  ;; label = @4
            local.get 2
            i32.load offset=8
            local.tee 4
            i32.const -2147483648
            i32.eq
            br_if 0 (;@4;)
            local.get 0
            local.get 2
            i32.load offset=20
            i32.store offset=12
            local.get 0
            local.get 2
            i64.load offset=12 align=4
            i64.store offset=4 align=4
            br 1 (;@3;)
          end
          local.get 1
          i32.load offset=4
          local.set 5
          local.get 1
          i32.load offset=8
          local.tee 4
          local.get 3
          i32.lt_u
          br_if 1 (;@2;)
          local.get 4
          local.get 5
          i32.gt_u
          br_if 1 (;@2;)
          local.get 2
          i32.const 8
          i32.add
          local.get 1
          i32.load
          local.get 3
          i32.add
          local.get 4
          local.get 3
          i32.sub
          call 60
          local.get 2
          i32.load offset=8
          i32.const 1
          i32.eq
          br_if 2 (;@1;)
          local.get 0
          local.get 2
          i64.load offset=12 align=4
          i64.store offset=4 align=4
          i32.const -2147483648
          local.set 4
        end
        local.get 0
        local.get 4
        i32.store
        local.get 2
        i32.const 32
        i32.add
        global.set 0
        return
      end
      local.get 3
      local.get 4
      local.get 5
      i32.const 81032
      call 23
      unreachable
    end
    local.get 2
    local.get 2
    i64.load offset=12 align=4
    i64.store offset=24
    i32.const 81048
    i32.const 22
    local.get 2
    i32.const 24
    i32.add
    i32.const 82208
    i32.const 81072
    call 66
    unreachable)
  (func (;84;) (type 8) (param i32 i32 i32 i32 i32 i32)
    (local i32)
    global.get 0
    i32.const 16
    i32.sub
    local.tee 6
    global.set 0
    local.get 6
    local.get 5
    i32.store offset=4
    local.get 6
    local.get 4
    i32.store
    block  ;; label = @1
      block  ;; label = @2
        local.get 1
        i32.load
        local.tee 5
        i32.const 1
        local.get 3
        i32.shl
        local.tee 4
        i32.and
        br_if 0 (;@2;)
        local.get 0
        i32.const -2147483648
        i32.store
        local.get 1
        local.get 5
        local.get 4
        i32.or
        i32.store
        br 1 (;@1;)
      end
      local.get 6
      i32.const 3
      i32.store offset=12
      local.get 6
      local.get 6
      i32.store offset=8
      local.get 0
      i32.const 65773
      local.get 6
      i32.const 8
      i32.add
      call 95
      local.get 0
      local.get 2
      i32.store offset=12
    end
    local.get 6
    i32.const 16
    i32.add
    global.set 0)
  (func (;85;) (type 3) (param i32 i32)
    (local i32 i32 i32 i32 i32 f64)
    global.get 0
    i32.const 16
    i32.sub
    local.tee 2
    global.set 0
    local.get 1
    call 92
    local.get 1
    i32.load offset=8
    local.set 3
    local.get 2
    local.get 1
    call 108
    local.get 2
    i32.load offset=8
    local.set 4
    local.get 2
    i32.load offset=4
    local.set 5
    block  ;; label = @1
      block  ;; label = @2
        local.get 2
        i32.load
        local.tee 6
        i32.const -2147483648
        i32.eq
        br_if 0 (;@2;)
        local.get 0
        local.get 2
        i32.load offset=12
        i32.store offset=12
        local.get 0
        local.get 4
        i32.store offset=8
        local.get 0
        local.get 5
        i32.store offset=4
        local.get 0
        local.get 6
        i32.store
        br 1 (;@1;)
      end
      block  ;; label = @2
        local.get 5
        local.get 4
        call 109
        local.tee 7
        i64.reinterpret_f64
        i64.const 9223372036854775807
        i64.and
        i64.const 9218868437227405312
        i64.lt_s
        br_if 0 (;@2;)
        local.get 1
        local.get 3
        i32.store offset=8
        local.get 0
        i32.const 80615
        i32.const 19
        call 71
        local.get 0
        local.get 3
        i32.store offset=12
        br 1 (;@1;)
      end
      local.get 0
      i32.const -2147483648
      i32.store
      local.get 0
      local.get 7
      f64.store offset=8
    end
    local.get 2
    i32.const 16
    i32.add
    global.set 0)
  (func (;86;) (type 0) (param i32 i32 i32)
    (local i32 i32)
    global.get 0
    i32.const 16
    i32.sub
    local.tee 3
    global.set 0
    local.get 3
    local.get 1
    call 79
    block  ;; label = @1
      block  ;; label = @2
        block  ;; label = @3
          local.get 3
          i32.load8_u
          i32.eqz
          br_if 0 (;@3;)
          block  ;; label = @4
            local.get 3
            i32.load8_u offset=1
            i32.const 255
            i32.and
            local.tee 4
            i32.const 44
            i32.ne
            br_if 0 (;@4;)
            local.get 0
            i32.const 0
            i32.store8 offset=4
            local.get 0
            i32.const -2147483648
            i32.store
            local.get 1
            local.get 1
            i32.load offset=8
            i32.const 1
            i32.add
            i32.store offset=8
            br 3 (;@1;)
          end
          local.get 4
          local.get 2
          i32.const 255
          i32.and
          i32.eq
          br_if 1 (;@2;)
        end
        local.get 3
        local.get 2
        i32.const 255
        i32.and
        i32.store offset=4
        local.get 3
        i32.const 8
        i32.store offset=12
        local.get 3
        local.get 3
        i32.const 4
        i32.add
        i32.store offset=8
        local.get 0
        i32.const 66725
        local.get 3
        i32.const 8
        i32.add
        call 95
        local.get 0
        local.get 1
        i32.load offset=8
        i32.store offset=12
        br 1 (;@1;)
      end
      local.get 0
      i32.const 1
      i32.store8 offset=4
      local.get 0
      i32.const -2147483648
      i32.store
      local.get 1
      local.get 1
      i32.load offset=8
      i32.const 1
      i32.add
      i32.store offset=8
    end
    local.get 3
    i32.const 16
    i32.add
    global.set 0)
  (func (;87;) (type 3) (param i32 i32)
    (local i32 i32)
    global.get 0
    i32.const 32
    i32.sub
    local.tee 2
    global.set 0
    local.get 2
    i32.const 8
    i32.add
    local.get 1
    call 79
    block  ;; label = @1
      block  ;; label = @2
        block  ;; label = @3
          block  ;; label = @4
            local.get 2
            i32.load8_u offset=8
            i32.eqz
            br_if 0 (;@4;)
            local.get 2
            i32.load8_u offset=9
            i32.const 255
            i32.and
            i32.const 110
            i32.eq
            br_if 1 (;@3;)
          end
          local.get 0
          i32.const 0
          i32.store8 offset=4
          br 1 (;@2;)
        end
        local.get 2
        i32.const 16
        i32.add
        local.get 1
        i32.const 80611
        i32.const 4
        call 107
        local.get 0
        i32.const 4
        i32.add
        local.set 3
        block  ;; label = @3
          local.get 2
          i32.load offset=16
          local.tee 1
          i32.const -2147483648
          i32.eq
          br_if 0 (;@3;)
          local.get 3
          local.get 2
          i32.load offset=28
          i32.store offset=8
          local.get 3
          local.get 2
          i64.load offset=20 align=4
          i64.store align=4
          br 2 (;@1;)
        end
        local.get 3
        i32.const 1
        i32.store8
      end
      i32.const -2147483648
      local.set 1
    end
    local.get 0
    local.get 1
    i32.store
    local.get 2
    i32.const 32
    i32.add
    global.set 0)
  (func (;88;) (type 3) (param i32 i32)
    (local i32)
    block  ;; label = @1
      local.get 0
      i32.load offset=8
      local.tee 2
      local.get 0
      i32.load
      i32.ne
      br_if 0 (;@1;)
      local.get 0
      call 111
    end
    local.get 0
    local.get 2
    i32.const 1
    i32.add
    i32.store offset=8
    local.get 0
    i32.load offset=4
    local.get 2
    i32.const 24
    i32.mul
    i32.add
    local.tee 0
    local.get 1
    i64.load align=4
    i64.store align=4
    local.get 0
    local.get 1
    i64.load offset=8 align=4
    i64.store offset=8 align=4
    local.get 0
    local.get 1
    i64.load offset=16 align=4
    i64.store offset=16 align=4)
  (func (;89;) (type 3) (param i32 i32)
    (local i32 i32 i64 i32)
    global.get 0
    i32.const 32
    i32.sub
    local.tee 2
    global.set 0
    local.get 2
    i32.const 31
    i32.store offset=4
    local.get 2
    i32.const 80935
    i32.store
    local.get 1
    call 92
    local.get 1
    i32.load offset=8
    local.set 3
    local.get 2
    i32.const 8
    i32.add
    local.get 1
    call 93
    block  ;; label = @1
      block  ;; label = @2
        local.get 2
        i32.load offset=8
        i32.const 1
        i32.ne
        br_if 0 (;@2;)
        local.get 0
        local.get 2
        i32.load offset=17 align=1
        i32.store offset=5 align=1
        local.get 0
        local.get 2
        i32.load offset=20 align=1
        i32.store offset=8 align=1
        local.get 2
        i32.load offset=12
        local.set 1
        local.get 2
        i32.load8_u offset=16
        local.set 3
        local.get 0
        local.get 2
        i32.load offset=24
        i32.store offset=12
        local.get 0
        local.get 3
        i32.store8 offset=4
        local.get 0
        local.get 1
        i32.store
        br 1 (;@1;)
      end
      block  ;; label = @2
        i64.const 0
        local.get 2
        i64.load offset=24
        local.tee 4
        i64.const 0
        i64.ne
        i64.extend_i32_u
        i64.sub
        i64.const 0
        local.get 2
        i32.load8_u offset=16
        local.tee 5
        select
        i64.const -1
        i64.gt_s
        br_if 0 (;@2;)
        local.get 1
        local.get 3
        i32.store offset=8
        local.get 2
        i32.const 3
        i32.store offset=12
        local.get 2
        local.get 2
        i32.store offset=8
        local.get 0
        i32.const 65792
        local.get 2
        i32.const 8
        i32.add
        call 95
        local.get 0
        local.get 3
        i32.store offset=12
        br 1 (;@1;)
      end
      local.get 0
      i32.const -2147483648
      i32.store
      local.get 0
      i64.const 0
      local.get 4
      i64.sub
      local.get 4
      local.get 5
      select
      i64.store offset=8
    end
    local.get 2
    i32.const 32
    i32.add
    global.set 0)
  (func (;90;) (type 3) (param i32 i32)
    (local i32 i32)
    global.get 0
    i32.const 32
    i32.sub
    local.tee 2
    global.set 0
    local.get 2
    i32.const 8
    i32.add
    local.get 1
    call 79
    block  ;; label = @1
      block  ;; label = @2
        block  ;; label = @3
          block  ;; label = @4
            local.get 2
            i32.load8_u offset=8
            i32.eqz
            br_if 0 (;@4;)
            local.get 2
            i32.load8_u offset=9
            i32.const 255
            i32.and
            local.tee 3
            i32.const 102
            i32.eq
            br_if 2 (;@2;)
            local.get 3
            i32.const 116
            i32.eq
            br_if 1 (;@3;)
          end
          local.get 1
          i32.load offset=8
          local.set 1
          local.get 0
          i32.const 80975
          i32.const 22
          call 71
          local.get 0
          local.get 1
          i32.store offset=12
          br 2 (;@1;)
        end
        local.get 2
        i32.const 16
        i32.add
        local.get 1
        i32.const 80966
        i32.const 4
        call 107
        block  ;; label = @3
          local.get 2
          i32.load offset=16
          i32.const -2147483648
          i32.eq
          br_if 0 (;@3;)
          local.get 0
          local.get 2
          i64.load offset=24 align=4
          i64.store offset=8 align=4
          local.get 0
          local.get 2
          i64.load offset=16 align=4
          i64.store align=4
          br 2 (;@1;)
        end
        local.get 0
        i32.const -2147483648
        i32.store
        local.get 0
        i32.const 1
        i32.store8 offset=4
        br 1 (;@1;)
      end
      local.get 2
      i32.const 16
      i32.add
      local.get 1
      i32.const 80970
      i32.const 5
      call 107
      block  ;; label = @2
        local.get 2
        i32.load offset=16
        i32.const -2147483648
        i32.eq
        br_if 0 (;@2;)
        local.get 0
        local.get 2
        i64.load offset=24 align=4
        i64.store offset=8 align=4
        local.get 0
        local.get 2
        i64.load offset=16 align=4
        i64.store align=4
        br 1 (;@1;)
      end
      local.get 0
      i32.const -2147483648
      i32.store
      local.get 0
      i32.const 0
      i32.store8 offset=4
    end
    local.get 2
    i32.const 32
    i32.add
    global.set 0)
  (func (;91;) (type 3) (param i32 i32)
    (local i32 i32 i64 i32 i64)
    global.get 0
    i32.const 32
    i32.sub
    local.tee 2
    global.set 0
    local.get 2
    i32.const 31
    i32.store offset=4
    local.get 2
    i32.const 80904
    i32.store
    local.get 1
    call 92
    local.get 1
    i32.load offset=8
    local.set 3
    local.get 2
    i32.const 8
    i32.add
    local.get 1
    call 93
    block  ;; label = @1
      block  ;; label = @2
        local.get 2
        i32.load offset=8
        i32.const 1
        i32.ne
        br_if 0 (;@2;)
        local.get 0
        local.get 2
        i32.load offset=17 align=1
        i32.store offset=5 align=1
        local.get 0
        local.get 2
        i32.load offset=20 align=1
        i32.store offset=8 align=1
        local.get 2
        i32.load offset=12
        local.set 1
        local.get 2
        i32.load8_u offset=16
        local.set 3
        local.get 0
        local.get 2
        i32.load offset=24
        i32.store offset=12
        local.get 0
        local.get 3
        i32.store8 offset=4
        local.get 0
        local.get 1
        i32.store
        br 1 (;@1;)
      end
      block  ;; label = @2
        i64.const 0
        local.get 2
        i64.load offset=24
        local.tee 4
        i64.sub
        local.get 4
        local.get 2
        i32.load8_u offset=16
        local.tee 5
        select
        local.tee 6
        i64.const 4294967296
        i64.lt_u
        i32.const 0
        i64.const 0
        local.get 4
        i64.const 0
        i64.ne
        i64.extend_i32_u
        i64.sub
        i64.const 0
        local.get 5
        select
        i64.eqz
        select
        br_if 0 (;@2;)
        local.get 1
        local.get 3
        i32.store offset=8
        local.get 2
        i32.const 3
        i32.store offset=12
        local.get 2
        local.get 2
        i32.store offset=8
        local.get 0
        i32.const 65792
        local.get 2
        i32.const 8
        i32.add
        call 95
        local.get 0
        local.get 3
        i32.store offset=12
        br 1 (;@1;)
      end
      local.get 0
      i32.const -2147483648
      i32.store
      local.get 0
      local.get 6
      i64.store32 offset=4
    end
    local.get 2
    i32.const 32
    i32.add
    global.set 0)
  (func (;92;) (type 13) (param i32)
    (local i32 i32 i32 i32)
    local.get 0
    i32.load offset=8
    local.tee 1
    local.get 0
    i32.load offset=4
    local.tee 2
    local.get 1
    local.get 2
    i32.gt_u
    select
    local.set 3
    local.get 0
    i32.load
    local.set 4
    loop  ;; label = @1
      block  ;; label = @2
        block  ;; label = @3
          local.get 3
          local.get 1
          i32.eq
          br_if 0 (;@3;)
          local.get 4
          local.get 1
          i32.add
          i32.load8_u
          i32.const -9
          i32.add
          local.tee 2
          i32.const 23
          i32.gt_u
          br_if 0 (;@3;)
          i32.const 1
          local.get 2
          i32.shl
          i32.const 8388627
          i32.and
          br_if 1 (;@2;)
        end
        return
      end
      local.get 0
      local.get 1
      i32.const 1
      i32.add
      local.tee 1
      i32.store offset=8
      br 0 (;@1;)
    end)
  (func (;93;) (type 3) (param i32 i32)
    (local i32 i32 i32 i32 i32 i32 i64 i64)
    global.get 0
    i32.const 32
    i32.sub
    local.tee 2
    global.set 0
    local.get 1
    call 92
    local.get 1
    i32.load offset=8
    local.set 3
    local.get 2
    i32.const 16
    i32.add
    local.get 1
    call 108
    local.get 2
    i32.load8_u offset=28
    local.set 4
    local.get 2
    i32.load offset=24
    local.set 5
    local.get 2
    i32.load offset=20
    local.set 6
    block  ;; label = @1
      block  ;; label = @2
        local.get 2
        i32.load offset=16
        local.tee 7
        i32.const -2147483648
        i32.eq
        br_if 0 (;@2;)
        local.get 0
        local.get 2
        i32.load8_u offset=31
        i32.store8 offset=19
        local.get 0
        local.get 2
        i32.load16_u offset=29 align=1
        i32.store16 offset=17 align=1
        local.get 0
        local.get 4
        i32.store8 offset=16
        local.get 0
        local.get 5
        i32.store offset=12
        local.get 0
        local.get 6
        i32.store offset=8
        local.get 0
        local.get 7
        i32.store offset=4
        local.get 0
        i32.const 1
        i32.store
        br 1 (;@1;)
      end
      block  ;; label = @2
        local.get 4
        i32.const 1
        i32.and
        br_if 0 (;@2;)
        local.get 1
        local.get 3
        i32.store offset=8
        local.get 0
        local.get 3
        i32.const 81205
        i32.const 23
        call 110
        br 1 (;@1;)
      end
      block  ;; label = @2
        block  ;; label = @3
          local.get 5
          br_if 0 (;@3;)
          i32.const 0
          local.set 7
          i32.const 0
          local.set 5
          br 1 (;@2;)
        end
        i32.const 0
        local.set 7
        local.get 6
        i32.load8_u
        i32.const 45
        i32.ne
        br_if 0 (;@2;)
        i32.const 1
        local.set 7
        local.get 6
        i32.const 1
        i32.add
        local.set 6
        local.get 5
        i32.const -1
        i32.add
        local.set 5
      end
      i64.const 0
      local.set 8
      block  ;; label = @2
        loop  ;; label = @3
          local.get 5
          i32.eqz
          br_if 1 (;@2;)
          local.get 2
          local.get 8
          i64.const 0
          i64.const 10
          i64.const 0
          call 165
          block  ;; label = @4
            local.get 2
            i64.load offset=8
            i64.const 0
            i64.ne
            br_if 0 (;@4;)
            local.get 5
            i32.const -1
            i32.add
            local.set 5
            local.get 6
            i32.load8_u
            local.set 4
            local.get 6
            i32.const 1
            i32.add
            local.set 6
            local.get 2
            i64.load
            local.tee 9
            local.get 4
            i32.const -48
            i32.add
            i64.extend_i32_u
            i64.const 255
            i64.and
            i64.add
            local.tee 8
            local.get 9
            i64.ge_u
            br_if 1 (;@3;)
          end
        end
        local.get 1
        local.get 3
        i32.store offset=8
        local.get 0
        local.get 3
        i32.const 81228
        i32.const 16
        call 110
        br 1 (;@1;)
      end
      local.get 0
      local.get 8
      i64.store offset=16
      local.get 0
      local.get 7
      i32.store8 offset=8
      local.get 0
      i32.const 0
      i32.store
    end
    local.get 2
    i32.const 32
    i32.add
    global.set 0)
  (func (;94;) (type 2) (param i32 i32) (result i32)
    local.get 1
    local.get 0
    i32.load
    local.get 0
    i32.load offset=4
    call 51)
  (func (;95;) (type 0) (param i32 i32 i32)
    (local i32 i32 i32 i32 i32 i32)
    global.get 0
    i32.const 16
    i32.sub
    local.tee 3
    global.set 0
    block  ;; label = @1
      block  ;; label = @2
        block  ;; label = @3
          block  ;; label = @4
            block  ;; label = @5
              local.get 2
              i32.const 1
              i32.and
              i32.eqz
              br_if 0 (;@5;)
              local.get 0
              local.get 1
              local.get 2
              i32.const 1
              i32.shr_u
              call 71
              br 1 (;@4;)
            end
            block  ;; label = @5
              block  ;; label = @6
                block  ;; label = @7
                  block  ;; label = @8
                    block  ;; label = @9
                      local.get 1
                      i32.load8_u
                      local.tee 4
                      i32.eqz
                      br_if 0 (;@9;)
                      i32.const 0
                      local.set 5
                      local.get 1
                      local.set 6
                      i32.const 0
                      local.set 7
                      loop  ;; label = @10
                        local.get 6
                        i32.const 1
                        i32.add
                        local.set 6
                        block  ;; label = @11
                          block  ;; label = @12
                            local.get 4
                            i32.extend8_s
                            i32.const -1
                            i32.gt_s
                            br_if 0 (;@12;)
                            block  ;; label = @13
                              local.get 4
                              i32.const 255
                              i32.and
                              i32.const 128
                              i32.ne
                              br_if 0 (;@13;)
                              local.get 5
                              local.get 6
                              i32.load16_u align=1
                              local.tee 4
                              i32.add
                              local.set 5
                              local.get 6
                              local.get 4
                              i32.add
                              i32.const 2
                              i32.add
                              local.set 6
                              br 2 (;@11;)
                            end
                            local.get 6
                            local.get 4
                            i32.const 3
                            i32.and
                            i32.const 8
                            i32.rotr
                            local.tee 8
                            i32.const 5
                            i32.shl
                            i32.const 1073741824
                            i32.and
                            local.get 8
                            i32.const 7
                            i32.shl
                            i32.or
                            i32.const 29
                            i32.shr_u
                            i32.add
                            local.get 4
                            i32.const 1
                            i32.shr_u
                            i32.const 2
                            i32.and
                            i32.add
                            local.get 4
                            i32.const 2
                            i32.shr_u
                            i32.const 2
                            i32.and
                            i32.add
                            local.set 6
                            local.get 5
                            i32.eqz
                            local.get 7
                            i32.or
                            local.set 7
                            br 1 (;@11;)
                          end
                          local.get 6
                          local.get 4
                          i32.const 255
                          i32.and
                          local.tee 4
                          i32.add
                          local.set 6
                          local.get 5
                          local.get 4
                          i32.add
                          local.set 5
                        end
                        local.get 6
                        i32.load8_u
                        local.tee 4
                        br_if 0 (;@10;)
                      end
                      local.get 7
                      local.get 5
                      i32.const 16
                      i32.lt_u
                      i32.and
                      i32.eqz
                      br_if 1 (;@8;)
                    end
                    i32.const 1
                    local.set 6
                    br 1 (;@7;)
                  end
                  i32.const 1
                  local.set 6
                  local.get 5
                  i32.const 1
                  i32.shl
                  local.tee 4
                  i32.const -1
                  i32.le_s
                  br_if 4 (;@3;)
                  local.get 4
                  br_if 1 (;@6;)
                end
                i32.const 0
                local.set 4
                br 1 (;@5;)
              end
              i32.const 1
              local.get 4
              call 41
              local.tee 6
              i32.eqz
              br_if 3 (;@2;)
            end
            local.get 3
            i32.const 0
            i32.store offset=8
            local.get 3
            local.get 6
            i32.store offset=4
            local.get 3
            local.get 4
            i32.store
            local.get 3
            i32.const 66924
            local.get 1
            local.get 2
            call 49
            br_if 3 (;@1;)
            local.get 0
            local.get 3
            i32.load offset=8
            i32.store offset=8
            local.get 0
            local.get 3
            i64.load align=4
            i64.store align=4
          end
          local.get 3
          i32.const 16
          i32.add
          global.set 0
          return
        end
        call 37
        unreachable
      end
      i32.const 1
      local.get 4
      call 26
      unreachable
    end
    i32.const 66964
    i32.const 86
    local.get 3
    i32.const 15
    i32.add
    i32.const 66948
    i32.const 67052
    call 66
    unreachable)
  (func (;96;) (type 3) (param i32 i32)
    (local i32)
    block  ;; label = @1
      local.get 0
      i32.load offset=8
      local.tee 2
      local.get 0
      i32.load
      i32.ne
      br_if 0 (;@1;)
      local.get 0
      call 113
    end
    local.get 0
    i32.load offset=4
    local.get 2
    i32.const 144
    i32.mul
    i32.add
    local.get 1
    i32.const 144
    memory.copy
    local.get 0
    local.get 2
    i32.const 1
    i32.add
    i32.store offset=8)
  (func (;97;) (type 13) (param i32)
    local.get 0
    i32.const 92
    i32.add
    call 81
    local.get 0
    i32.const 104
    i32.add
    call 81
    local.get 0
    i32.const 116
    i32.add
    call 81
    local.get 0
    i32.const 80
    i32.add
    call 112)
  (func (;98;) (type 3) (param i32 i32)
    (local i32 i32 i32)
    global.get 0
    i32.const 16
    i32.sub
    local.tee 2
    global.set 0
    local.get 2
    local.get 1
    call 87
    local.get 2
    i32.load8_u offset=4
    local.set 3
    block  ;; label = @1
      block  ;; label = @2
        local.get 2
        i32.load
        local.tee 4
        i32.const -2147483648
        i32.eq
        br_if 0 (;@2;)
        local.get 0
        local.get 2
        i32.load offset=12 align=1
        i32.store offset=12 align=1
        local.get 0
        local.get 2
        i64.load offset=5 align=1
        i64.store offset=5 align=1
        local.get 0
        local.get 3
        i32.store8 offset=4
        local.get 0
        local.get 4
        i32.store
        br 1 (;@1;)
      end
      block  ;; label = @2
        local.get 3
        i32.const 1
        i32.and
        br_if 0 (;@2;)
        local.get 2
        local.get 1
        call 80
        block  ;; label = @3
          local.get 2
          i32.load
          i32.const -2147483648
          i32.eq
          br_if 0 (;@3;)
          local.get 0
          local.get 2
          i64.load offset=8 align=4
          i64.store offset=8 align=4
          local.get 0
          local.get 2
          i64.load align=4
          i64.store align=4
          br 2 (;@1;)
        end
        local.get 0
        local.get 2
        i32.load offset=12
        i32.store offset=12
        local.get 0
        local.get 2
        i64.load offset=4 align=4
        i64.store offset=4 align=4
        local.get 0
        i32.const -2147483648
        i32.store
        br 1 (;@1;)
      end
      local.get 0
      i64.const -9223372030412324864
      i64.store align=4
    end
    local.get 2
    i32.const 16
    i32.add
    global.set 0)
  (func (;99;) (type 13) (param i32)
    block  ;; label = @1
      local.get 0
      i32.load
      i32.const -2147483647
      i32.eq
      br_if 0 (;@1;)
      local.get 0
      call 81
    end)
  (func (;100;) (type 13) (param i32)
    (local i32)
    local.get 0
    i32.load offset=4
    local.tee 1
    local.get 0
    i32.load offset=8
    call 114
    local.get 0
    i32.load
    local.get 1
    call 115)
  (func (;101;) (type 6) (param i32 i32 i32 i32 i32)
    (local i32)
    global.get 0
    i32.const 32
    i32.sub
    local.tee 5
    global.set 0
    block  ;; label = @1
      local.get 4
      local.get 3
      i32.lt_u
      br_if 0 (;@1;)
      local.get 4
      local.get 2
      i32.gt_u
      br_if 0 (;@1;)
      block  ;; label = @2
        block  ;; label = @3
          local.get 1
          local.get 3
          i32.add
          local.tee 2
          local.get 4
          local.get 3
          i32.sub
          local.tee 4
          call 125
          br_if 0 (;@3;)
          local.get 5
          i32.const 4
          i32.add
          local.get 2
          local.get 4
          call 60
          block  ;; label = @4
            local.get 5
            i32.load offset=4
            i32.const 1
            i32.ne
            br_if 0 (;@4;)
            local.get 5
            i32.load offset=8
            local.set 4
            local.get 5
            i32.const 16
            i32.add
            i32.const 81104
            i32.const 25
            call 71
            local.get 0
            local.get 5
            i64.load offset=16 align=4
            i64.store align=4
            local.get 5
            local.get 3
            local.get 4
            i32.add
            i32.store offset=28
            local.get 0
            local.get 5
            i64.load offset=24 align=4
            i64.store offset=8 align=4
            br 2 (;@2;)
          end
          local.get 0
          local.get 5
          i64.load offset=8 align=4
          i64.store offset=4 align=4
          local.get 0
          i32.const -2147483648
          i32.store
          br 1 (;@2;)
        end
        local.get 0
        local.get 4
        i32.store offset=8
        local.get 0
        local.get 2
        i32.store offset=4
        local.get 0
        i32.const -2147483648
        i32.store
      end
      local.get 5
      i32.const 32
      i32.add
      global.set 0
      return
    end
    local.get 3
    local.get 4
    local.get 2
    i32.const 81088
    call 23
    unreachable)
  (func (;102;) (type 3) (param i32 i32)
    (local i32 i32 i32 i32 i32 i32)
    block  ;; label = @1
      block  ;; label = @2
        local.get 1
        i32.const 128
        i32.lt_u
        local.tee 2
        i32.eqz
        br_if 0 (;@2;)
        i32.const 1
        local.set 3
        br 1 (;@1;)
      end
      block  ;; label = @2
        local.get 1
        i32.const 2048
        i32.ge_u
        br_if 0 (;@2;)
        i32.const 2
        local.set 3
        br 1 (;@1;)
      end
      i32.const 3
      i32.const 4
      local.get 1
      i32.const 65536
      i32.lt_u
      select
      local.set 3
    end
    local.get 0
    i32.load offset=8
    local.set 4
    local.get 0
    local.get 3
    call 126
    local.get 0
    i32.load offset=4
    local.get 0
    i32.load offset=8
    i32.add
    local.set 5
    block  ;; label = @1
      block  ;; label = @2
        local.get 2
        br_if 0 (;@2;)
        local.get 1
        i32.const 63
        i32.and
        i32.const -128
        i32.or
        local.set 2
        local.get 1
        i32.const 6
        i32.shr_u
        local.set 6
        block  ;; label = @3
          local.get 1
          i32.const 2048
          i32.ge_u
          br_if 0 (;@3;)
          local.get 5
          local.get 2
          i32.store8 offset=1
          local.get 5
          local.get 6
          i32.const 192
          i32.or
          i32.store8
          br 2 (;@1;)
        end
        local.get 1
        i32.const 12
        i32.shr_u
        local.set 7
        local.get 6
        i32.const 63
        i32.and
        i32.const -128
        i32.or
        local.set 6
        block  ;; label = @3
          local.get 1
          i32.const 65535
          i32.gt_u
          br_if 0 (;@3;)
          local.get 5
          local.get 2
          i32.store8 offset=2
          local.get 5
          local.get 6
          i32.store8 offset=1
          local.get 5
          local.get 7
          i32.const 224
          i32.or
          i32.store8
          br 2 (;@1;)
        end
        local.get 5
        local.get 2
        i32.store8 offset=3
        local.get 5
        local.get 6
        i32.store8 offset=2
        local.get 5
        local.get 7
        i32.const 63
        i32.and
        i32.const -128
        i32.or
        i32.store8 offset=1
        local.get 5
        local.get 1
        i32.const 18
        i32.shr_u
        i32.const -16
        i32.or
        i32.store8
        br 1 (;@1;)
      end
      local.get 5
      local.get 1
      i32.store8
    end
    local.get 0
    local.get 3
    local.get 4
    i32.add
    i32.store offset=8)
  (func (;103;) (type 3) (param i32 i32)
    (local i32 i32 i32 i32 i32 i32 i32)
    block  ;; label = @1
      local.get 1
      i32.load offset=8
      local.tee 2
      i32.const -5
      i32.gt_u
      br_if 0 (;@1;)
      local.get 2
      i32.const 4
      i32.add
      local.tee 3
      local.get 1
      i32.load offset=4
      i32.gt_u
      br_if 0 (;@1;)
      local.get 1
      i32.load
      local.get 2
      i32.add
      local.set 4
      i32.const 0
      local.set 5
      i32.const 0
      local.set 6
      loop  ;; label = @2
        block  ;; label = @3
          block  ;; label = @4
            block  ;; label = @5
              block  ;; label = @6
                local.get 5
                i32.const 4
                i32.eq
                br_if 0 (;@6;)
                local.get 4
                local.get 5
                i32.add
                i32.load8_u
                local.tee 7
                i32.const -48
                i32.add
                local.tee 8
                i32.const 255
                i32.and
                i32.const 10
                i32.lt_u
                br_if 3 (;@3;)
                local.get 7
                i32.const -97
                i32.add
                i32.const 255
                i32.and
                i32.const 6
                i32.lt_u
                br_if 2 (;@4;)
                local.get 7
                i32.const -65
                i32.add
                i32.const 255
                i32.and
                i32.const 6
                i32.lt_u
                br_if 1 (;@5;)
                local.get 0
                i32.const 80997
                i32.const 17
                call 71
                local.get 0
                local.get 2
                i32.store offset=12
                return
              end
              local.get 0
              local.get 6
              i32.store offset=4
              local.get 1
              local.get 3
              i32.store offset=8
              local.get 0
              i32.const -2147483648
              i32.store
              return
            end
            local.get 7
            i32.const -55
            i32.add
            local.set 8
            br 1 (;@3;)
          end
          local.get 7
          i32.const -87
          i32.add
          local.set 8
        end
        local.get 6
        i32.const 4
        i32.shl
        local.get 8
        i32.const 255
        i32.and
        i32.add
        local.set 6
        local.get 5
        i32.const 1
        i32.add
        local.set 5
        br 0 (;@2;)
      end
    end
    local.get 0
    i32.const 81014
    i32.const 15
    call 71
    local.get 0
    local.get 2
    i32.store offset=12)
  (func (;104;) (type 5) (param i32 i32 i32 i32) (result i32)
    (local i32)
    local.get 0
    local.get 2
    i32.or
    i32.eqz
    local.set 4
    block  ;; label = @1
      local.get 0
      i32.eqz
      br_if 0 (;@1;)
      local.get 2
      i32.eqz
      br_if 0 (;@1;)
      i32.const 0
      local.set 4
      local.get 1
      local.get 3
      i32.ne
      br_if 0 (;@1;)
      local.get 0
      local.get 2
      local.get 1
      call 164
      i32.eqz
      local.set 4
    end
    local.get 4
    i32.const 1
    i32.xor)
  (func (;105;) (type 13) (param i32)
    local.get 0
    i32.load
    local.get 0
    i32.load offset=4
    call 5)
  (func (;106;) (type 0) (param i32 i32 i32)
    (local i32 i32 i32 i32 i32)
    global.get 0
    i32.const 80
    i32.sub
    local.tee 3
    global.set 0
    block  ;; label = @1
      block  ;; label = @2
        block  ;; label = @3
          block  ;; label = @4
            block  ;; label = @5
              block  ;; label = @6
                local.get 2
                i32.const 64
                i32.gt_u
                br_if 0 (;@6;)
                local.get 3
                i32.const 24
                i32.add
                local.get 1
                call 79
                local.get 3
                i32.load8_u offset=24
                i32.eqz
                br_if 1 (;@5;)
                block  ;; label = @7
                  block  ;; label = @8
                    block  ;; label = @9
                      block  ;; label = @10
                        local.get 3
                        i32.load8_u offset=25
                        i32.const 255
                        i32.and
                        local.tee 4
                        i32.const 34
                        i32.eq
                        br_if 0 (;@10;)
                        block  ;; label = @11
                          local.get 4
                          i32.const 91
                          i32.eq
                          br_if 0 (;@11;)
                          local.get 4
                          i32.const 102
                          i32.eq
                          br_if 2 (;@9;)
                          local.get 4
                          i32.const 110
                          i32.eq
                          br_if 3 (;@8;)
                          local.get 4
                          i32.const 116
                          i32.eq
                          br_if 2 (;@9;)
                          block  ;; label = @12
                            local.get 4
                            i32.const 123
                            i32.eq
                            br_if 0 (;@12;)
                            local.get 1
                            i32.load offset=8
                            local.set 5
                            local.get 3
                            i32.const 64
                            i32.add
                            local.get 1
                            call 108
                            local.get 3
                            i32.load8_u offset=76
                            local.set 4
                            local.get 3
                            i32.load offset=72
                            local.set 2
                            local.get 3
                            i32.load offset=68
                            local.set 6
                            local.get 3
                            i32.load offset=64
                            local.tee 7
                            i32.const -2147483648
                            i32.eq
                            br_if 5 (;@7;)
                            local.get 0
                            local.get 3
                            i32.load8_u offset=79
                            i32.store8 offset=15
                            local.get 0
                            local.get 3
                            i32.load16_u offset=77 align=1
                            i32.store16 offset=13 align=1
                            local.get 0
                            local.get 4
                            i32.store8 offset=12
                            local.get 0
                            local.get 2
                            i32.store offset=8
                            local.get 0
                            local.get 6
                            i32.store offset=4
                            local.get 0
                            local.get 7
                            i32.store
                            br 11 (;@1;)
                          end
                          local.get 3
                          i32.const 64
                          i32.add
                          local.get 1
                          i32.const 123
                          call 78
                          block  ;; label = @12
                            local.get 3
                            i32.load offset=64
                            local.tee 4
                            i32.const -2147483648
                            i32.eq
                            br_if 0 (;@12;)
                            local.get 0
                            local.get 3
                            i32.load offset=76
                            i32.store offset=12
                            local.get 0
                            local.get 3
                            i64.load offset=68 align=4
                            i64.store offset=4 align=4
                            local.get 0
                            local.get 4
                            i32.store
                            br 11 (;@1;)
                          end
                          local.get 3
                          i32.const 8
                          i32.add
                          local.get 1
                          call 79
                          block  ;; label = @12
                            local.get 3
                            i32.load8_u offset=8
                            i32.eqz
                            br_if 0 (;@12;)
                            local.get 3
                            i32.load8_u offset=9
                            i32.const 255
                            i32.and
                            i32.const 125
                            i32.eq
                            br_if 8 (;@4;)
                          end
                          local.get 2
                          i32.const 1
                          i32.add
                          local.set 6
                          local.get 3
                          i32.const 68
                          i32.add
                          local.set 2
                          loop  ;; label = @12
                            local.get 3
                            local.get 1
                            call 79
                            local.get 3
                            i32.load8_u
                            i32.eqz
                            br_if 9 (;@3;)
                            local.get 3
                            i32.load8_u offset=1
                            i32.const 255
                            i32.and
                            i32.const 34
                            i32.ne
                            br_if 9 (;@3;)
                            local.get 3
                            i32.const 64
                            i32.add
                            local.get 1
                            call 80
                            local.get 3
                            local.get 2
                            i64.load align=4
                            i64.store offset=48
                            local.get 3
                            local.get 2
                            i32.load offset=8
                            i32.store offset=56
                            block  ;; label = @13
                              local.get 3
                              i32.load offset=64
                              local.tee 4
                              i32.const -2147483648
                              i32.eq
                              br_if 0 (;@13;)
                              local.get 0
                              local.get 3
                              i32.load offset=56
                              i32.store offset=12
                              local.get 0
                              local.get 3
                              i64.load offset=48
                              i64.store offset=4 align=4
                              local.get 0
                              local.get 4
                              i32.store
                              br 12 (;@1;)
                            end
                            local.get 3
                            local.get 3
                            i32.load offset=56
                            i32.store offset=40
                            local.get 3
                            local.get 3
                            i64.load offset=48
                            i64.store offset=32
                            local.get 3
                            i32.const 64
                            i32.add
                            local.get 1
                            i32.const 58
                            call 78
                            block  ;; label = @13
                              local.get 3
                              i32.load offset=64
                              local.tee 4
                              i32.const -2147483648
                              i32.eq
                              br_if 0 (;@13;)
                              local.get 0
                              local.get 3
                              i32.load offset=76
                              i32.store offset=12
                              local.get 0
                              local.get 3
                              i64.load offset=68 align=4
                              i64.store offset=4 align=4
                              local.get 0
                              local.get 4
                              i32.store
                              local.get 3
                              i32.const 32
                              i32.add
                              call 81
                              br 12 (;@1;)
                            end
                            local.get 2
                            local.get 3
                            i32.load offset=40
                            i32.store offset=8
                            local.get 2
                            local.get 3
                            i64.load offset=32
                            i64.store align=4
                            local.get 3
                            local.get 1
                            i32.store offset=64
                            local.get 3
                            i32.const 48
                            i32.add
                            local.get 1
                            local.get 6
                            call 106
                            local.get 2
                            call 81
                            block  ;; label = @13
                              local.get 3
                              i32.load offset=48
                              local.tee 4
                              i32.const -2147483648
                              i32.eq
                              br_if 0 (;@13;)
                              local.get 0
                              local.get 3
                              i32.load offset=60
                              i32.store offset=12
                              local.get 0
                              local.get 3
                              i64.load offset=52 align=4
                              i64.store offset=4 align=4
                              local.get 0
                              local.get 4
                              i32.store
                              br 12 (;@1;)
                            end
                            local.get 3
                            i32.const 64
                            i32.add
                            local.get 1
                            i32.const 125
                            call 86
                            local.get 3
                            i32.load8_u offset=68
                            local.set 4
                            block  ;; label = @13
                              local.get 3
                              i32.load offset=64
                              local.tee 7
                              i32.const -2147483648
                              i32.eq
                              br_if 0 (;@13;)
                              local.get 0
                              local.get 3
                              i32.load offset=76 align=1
                              i32.store offset=12 align=1
                              local.get 0
                              local.get 3
                              i64.load offset=69 align=1
                              i64.store offset=5 align=1
                              local.get 0
                              local.get 4
                              i32.store8 offset=4
                              local.get 0
                              local.get 7
                              i32.store
                              br 12 (;@1;)
                            end
                            local.get 4
                            i32.const 1
                            i32.and
                            i32.eqz
                            br_if 0 (;@12;)
                          end
                          local.get 0
                          i32.const -2147483648
                          i32.store
                          br 10 (;@1;)
                        end
                        local.get 3
                        i32.const 64
                        i32.add
                        local.get 1
                        i32.const 91
                        call 78
                        block  ;; label = @11
                          local.get 3
                          i32.load offset=64
                          local.tee 4
                          i32.const -2147483648
                          i32.eq
                          br_if 0 (;@11;)
                          local.get 0
                          local.get 3
                          i32.load offset=76
                          i32.store offset=12
                          local.get 0
                          local.get 3
                          i64.load offset=68 align=4
                          i64.store offset=4 align=4
                          local.get 0
                          local.get 4
                          i32.store
                          br 10 (;@1;)
                        end
                        local.get 3
                        i32.const 16
                        i32.add
                        local.get 1
                        call 79
                        block  ;; label = @11
                          local.get 3
                          i32.load8_u offset=16
                          i32.eqz
                          br_if 0 (;@11;)
                          local.get 3
                          i32.load8_u offset=17
                          i32.const 255
                          i32.and
                          i32.const 93
                          i32.eq
                          br_if 9 (;@2;)
                        end
                        local.get 2
                        i32.const 1
                        i32.add
                        local.set 4
                        loop  ;; label = @11
                          local.get 3
                          i32.const 64
                          i32.add
                          local.get 1
                          local.get 4
                          call 106
                          block  ;; label = @12
                            local.get 3
                            i32.load offset=64
                            local.tee 2
                            i32.const -2147483648
                            i32.eq
                            br_if 0 (;@12;)
                            local.get 0
                            local.get 3
                            i32.load offset=76
                            i32.store offset=12
                            local.get 0
                            local.get 3
                            i64.load offset=68 align=4
                            i64.store offset=4 align=4
                            local.get 0
                            local.get 2
                            i32.store
                            br 11 (;@1;)
                          end
                          local.get 3
                          i32.const 64
                          i32.add
                          local.get 1
                          i32.const 93
                          call 86
                          local.get 3
                          i32.load8_u offset=68
                          local.set 2
                          block  ;; label = @12
                            local.get 3
                            i32.load offset=64
                            local.tee 6
                            i32.const -2147483648
                            i32.eq
                            br_if 0 (;@12;)
                            local.get 0
                            local.get 3
                            i32.load offset=76 align=1
                            i32.store offset=12 align=1
                            local.get 0
                            local.get 3
                            i64.load offset=69 align=1
                            i64.store offset=5 align=1
                            local.get 0
                            local.get 2
                            i32.store8 offset=4
                            local.get 0
                            local.get 6
                            i32.store
                            br 11 (;@1;)
                          end
                          local.get 2
                          i32.const 1
                          i32.and
                          i32.eqz
                          br_if 0 (;@11;)
                        end
                        local.get 0
                        i32.const -2147483648
                        i32.store
                        br 9 (;@1;)
                      end
                      local.get 3
                      i32.const 64
                      i32.add
                      local.get 1
                      call 80
                      block  ;; label = @10
                        local.get 3
                        i32.load offset=64
                        i32.const -2147483648
                        i32.eq
                        br_if 0 (;@10;)
                        local.get 0
                        local.get 3
                        i64.load offset=72 align=4
                        i64.store offset=8 align=4
                        local.get 0
                        local.get 3
                        i64.load offset=64 align=4
                        i64.store align=4
                        br 9 (;@1;)
                      end
                      local.get 3
                      i32.const 68
                      i32.add
                      call 81
                      local.get 0
                      i32.const -2147483648
                      i32.store
                      br 8 (;@1;)
                    end
                    local.get 3
                    i32.const 64
                    i32.add
                    local.get 1
                    call 90
                    block  ;; label = @9
                      local.get 3
                      i32.load offset=64
                      i32.const -2147483648
                      i32.eq
                      br_if 0 (;@9;)
                      local.get 0
                      local.get 3
                      i64.load offset=72 align=4
                      i64.store offset=8 align=4
                      local.get 0
                      local.get 3
                      i64.load offset=64 align=4
                      i64.store align=4
                      br 8 (;@1;)
                    end
                    local.get 0
                    i32.const -2147483648
                    i32.store
                    br 7 (;@1;)
                  end
                  local.get 0
                  local.get 1
                  i32.const 80611
                  i32.const 4
                  call 107
                  br 6 (;@1;)
                end
                block  ;; label = @7
                  block  ;; label = @8
                    block  ;; label = @9
                      local.get 2
                      i32.const 18
                      i32.gt_u
                      br_if 0 (;@9;)
                      local.get 4
                      i32.const 1
                      i32.and
                      br_if 1 (;@8;)
                    end
                    local.get 6
                    local.get 2
                    call 109
                    i64.reinterpret_f64
                    i64.const 9223372036854775807
                    i64.and
                    i64.const 9218868437227405311
                    i64.gt_s
                    br_if 1 (;@7;)
                  end
                  local.get 0
                  i32.const -2147483648
                  i32.store
                  br 6 (;@1;)
                end
                local.get 1
                local.get 5
                i32.store offset=8
                local.get 0
                i32.const 80615
                i32.const 19
                call 71
                local.get 0
                local.get 5
                i32.store offset=12
                br 5 (;@1;)
              end
              local.get 1
              i32.load offset=8
              local.set 1
              local.get 0
              i32.const 80634
              i32.const 17
              call 71
              local.get 0
              local.get 1
              i32.store offset=12
              br 4 (;@1;)
            end
            local.get 1
            i32.load offset=8
            local.set 1
            local.get 0
            i32.const 80588
            i32.const 23
            call 71
            local.get 0
            local.get 1
            i32.store offset=12
            br 3 (;@1;)
          end
          local.get 0
          i32.const -2147483648
          i32.store
          local.get 1
          local.get 1
          i32.load offset=8
          i32.const 1
          i32.add
          i32.store offset=8
          br 2 (;@1;)
        end
        local.get 1
        i32.load offset=8
        local.set 1
        local.get 0
        i32.const 81129
        i32.const 14
        call 71
        local.get 0
        local.get 1
        i32.store offset=12
        br 1 (;@1;)
      end
      local.get 0
      i32.const -2147483648
      i32.store
      local.get 1
      local.get 1
      i32.load offset=8
      i32.const 1
      i32.add
      i32.store offset=8
    end
    local.get 3
    i32.const 80
    i32.add
    global.set 0)
  (func (;107;) (type 4) (param i32 i32 i32 i32)
    (local i32 i32)
    global.get 0
    i32.const 16
    i32.sub
    local.tee 4
    global.set 0
    local.get 4
    i32.const 8
    i32.add
    local.get 1
    i32.load offset=8
    local.tee 5
    local.get 1
    i32.load
    local.get 1
    i32.load offset=4
    i32.const 81244
    call 77
    block  ;; label = @1
      block  ;; label = @2
        block  ;; label = @3
          local.get 4
          i32.load offset=12
          local.get 3
          i32.lt_u
          br_if 0 (;@3;)
          local.get 2
          local.get 4
          i32.load offset=8
          local.get 3
          call 164
          i32.eqz
          br_if 1 (;@2;)
        end
        local.get 0
        i32.const 81260
        i32.const 15
        call 71
        local.get 0
        local.get 5
        i32.store offset=12
        br 1 (;@1;)
      end
      local.get 0
      i32.const -2147483648
      i32.store
      local.get 1
      local.get 5
      local.get 3
      i32.add
      i32.store offset=8
    end
    local.get 4
    i32.const 16
    i32.add
    global.set 0)
  (func (;108;) (type 3) (param i32 i32)
    (local i32 i32 i32 i32 i32 i32 i32 i32)
    global.get 0
    i32.const 16
    i32.sub
    local.tee 2
    global.set 0
    local.get 1
    call 92
    local.get 1
    i32.load offset=4
    local.set 3
    local.get 1
    i32.load
    local.set 4
    local.get 2
    local.get 1
    i32.load offset=8
    local.tee 5
    i32.store offset=12
    local.get 4
    local.get 5
    i32.add
    local.set 6
    local.get 5
    local.set 7
    block  ;; label = @1
      local.get 5
      local.get 3
      i32.ge_u
      br_if 0 (;@1;)
      local.get 5
      local.set 7
      local.get 6
      i32.load8_u
      i32.const 45
      i32.ne
      br_if 0 (;@1;)
      local.get 2
      local.get 5
      i32.const 1
      i32.add
      local.tee 7
      i32.store offset=12
    end
    block  ;; label = @1
      block  ;; label = @2
        block  ;; label = @3
          block  ;; label = @4
            local.get 4
            local.get 3
            local.get 2
            i32.const 12
            i32.add
            call 118
            br_table 0 (;@4;) 2 (;@2;) 1 (;@3;)
          end
          local.get 1
          local.get 2
          i32.load offset=12
          local.tee 5
          i32.store offset=8
          local.get 0
          i32.const 80651
          i32.const 17
          call 71
          local.get 0
          local.get 5
          i32.store offset=12
          br 2 (;@1;)
        end
        block  ;; label = @3
          local.get 7
          local.get 3
          i32.ge_u
          br_if 0 (;@3;)
          local.get 4
          local.get 7
          i32.add
          i32.load8_u
          i32.const 48
          i32.ne
          br_if 1 (;@2;)
          local.get 1
          local.get 7
          i32.store offset=8
          local.get 0
          i32.const 80684
          i32.const 24
          call 71
          local.get 0
          local.get 7
          i32.store offset=12
          br 2 (;@1;)
        end
        local.get 7
        local.get 3
        i32.const 80668
        call 21
        unreachable
      end
      i32.const 1
      local.set 8
      block  ;; label = @2
        block  ;; label = @3
          block  ;; label = @4
            block  ;; label = @5
              block  ;; label = @6
                local.get 2
                i32.load offset=12
                local.tee 7
                local.get 3
                i32.ge_u
                br_if 0 (;@6;)
                local.get 4
                local.get 7
                i32.add
                i32.load8_u
                i32.const 46
                i32.ne
                br_if 0 (;@6;)
                local.get 2
                local.get 7
                i32.const 1
                i32.add
                i32.store offset=12
                i32.const 0
                local.set 8
                local.get 4
                local.get 3
                local.get 2
                i32.const 12
                i32.add
                call 118
                local.set 9
                local.get 2
                i32.load offset=12
                local.set 7
                local.get 9
                i32.eqz
                br_if 1 (;@5;)
              end
              local.get 7
              local.get 3
              i32.ge_u
              br_if 3 (;@2;)
              local.get 4
              local.get 7
              i32.add
              i32.load8_u
              i32.const 32
              i32.or
              i32.const 101
              i32.eq
              br_if 1 (;@4;)
              br 3 (;@2;)
            end
            local.get 1
            local.get 7
            i32.store offset=8
            local.get 0
            i32.const 80708
            i32.const 25
            call 71
            br 1 (;@3;)
          end
          local.get 2
          local.get 7
          i32.const 1
          i32.add
          local.tee 8
          i32.store offset=12
          block  ;; label = @4
            local.get 8
            local.get 3
            i32.ge_u
            br_if 0 (;@4;)
            block  ;; label = @5
              local.get 4
              local.get 8
              i32.add
              i32.load8_u
              i32.const -43
              i32.add
              br_table 0 (;@5;) 1 (;@4;) 0 (;@5;) 1 (;@4;)
            end
            local.get 2
            local.get 7
            i32.const 2
            i32.add
            i32.store offset=12
          end
          i32.const 0
          local.set 8
          local.get 4
          local.get 3
          local.get 2
          i32.const 12
          i32.add
          call 118
          local.set 4
          local.get 2
          i32.load offset=12
          local.set 7
          local.get 4
          br_if 1 (;@2;)
          local.get 1
          local.get 7
          i32.store offset=8
          local.get 0
          i32.const 80733
          i32.const 31
          call 71
        end
        local.get 0
        local.get 7
        i32.store offset=12
        br 1 (;@1;)
      end
      local.get 1
      local.get 7
      i32.store offset=8
      block  ;; label = @2
        block  ;; label = @3
          local.get 7
          local.get 5
          i32.lt_u
          br_if 0 (;@3;)
          local.get 7
          local.get 3
          i32.le_u
          br_if 1 (;@2;)
        end
        local.get 5
        local.get 7
        local.get 3
        i32.const 80764
        call 23
        unreachable
      end
      local.get 0
      local.get 8
      i32.store8 offset=12
      local.get 0
      local.get 6
      i32.store offset=4
      local.get 0
      i32.const -2147483648
      i32.store
      local.get 0
      local.get 7
      local.get 5
      i32.sub
      i32.store offset=8
    end
    local.get 2
    i32.const 16
    i32.add
    global.set 0)
  (func (;109;) (type 17) (param i32 i32) (result f64)
    (local i32 i32 i32 i32 i32 i32 i32 i32 i64 i32 i32 i64 f64)
    global.get 0
    i32.const 32
    i32.sub
    local.tee 2
    global.set 0
    i32.const 0
    local.set 3
    block  ;; label = @1
      block  ;; label = @2
        local.get 1
        br_if 0 (;@2;)
        i32.const 0
        local.set 4
        i32.const 0
        local.set 5
        local.get 0
        local.set 6
        br 1 (;@1;)
      end
      i32.const 0
      local.set 4
      local.get 1
      local.set 5
      local.get 0
      local.set 6
      local.get 0
      i32.load8_u
      i32.const 45
      i32.ne
      br_if 0 (;@1;)
      i32.const 1
      local.set 4
      local.get 0
      i32.const 1
      i32.add
      local.set 6
      local.get 1
      i32.const -1
      i32.add
      local.set 5
    end
    i32.const 0
    local.set 7
    i32.const 0
    local.set 8
    i32.const 0
    local.set 9
    i64.const 0
    local.set 10
    loop (result f64)  ;; label = @1
      block  ;; label = @2
        block  ;; label = @3
          block  ;; label = @4
            block  ;; label = @5
              block  ;; label = @6
                block  ;; label = @7
                  block  ;; label = @8
                    block  ;; label = @9
                      local.get 5
                      local.get 8
                      i32.ne
                      br_if 0 (;@9;)
                      local.get 3
                      local.set 8
                      br 1 (;@8;)
                    end
                    local.get 6
                    local.get 8
                    i32.add
                    i32.load8_u
                    local.tee 11
                    i32.const -48
                    i32.add
                    local.tee 12
                    i32.const 255
                    i32.and
                    i32.const 10
                    i32.lt_u
                    br_if 1 (;@7;)
                    i32.const 1
                    local.set 7
                    local.get 11
                    i32.const 255
                    i32.and
                    i32.const 46
                    i32.eq
                    br_if 6 (;@2;)
                    block  ;; label = @9
                      block  ;; label = @10
                        local.get 8
                        i32.const 1
                        i32.add
                        local.tee 11
                        local.get 5
                        i32.ge_u
                        br_if 0 (;@10;)
                        i32.const 0
                        local.set 9
                        block  ;; label = @11
                          block  ;; label = @12
                            local.get 6
                            local.get 11
                            i32.add
                            i32.load8_u
                            i32.const -43
                            i32.add
                            br_table 1 (;@11;) 3 (;@9;) 0 (;@12;) 3 (;@9;)
                          end
                          local.get 8
                          i32.const 2
                          i32.add
                          local.set 11
                          i32.const 1
                          local.set 9
                          br 2 (;@9;)
                        end
                        local.get 8
                        i32.const 2
                        i32.add
                        local.set 11
                      end
                      i32.const 0
                      local.set 9
                    end
                    local.get 2
                    local.get 11
                    local.get 6
                    local.get 5
                    i32.const 81336
                    call 77
                    local.get 2
                    i32.load offset=4
                    local.set 8
                    local.get 2
                    i32.load
                    local.set 11
                    i32.const 0
                    local.set 5
                    block  ;; label = @9
                      loop  ;; label = @10
                        local.get 8
                        i32.eqz
                        br_if 1 (;@9;)
                        local.get 5
                        i64.extend_i32_s
                        i64.const 10
                        i64.mul
                        local.tee 13
                        i64.const 32
                        i64.shr_u
                        i32.wrap_i64
                        local.get 13
                        i32.wrap_i64
                        local.tee 12
                        i32.const 31
                        i32.shr_s
                        i32.ne
                        br_if 4 (;@6;)
                        local.get 11
                        i32.load8_u
                        local.set 5
                        local.get 8
                        i32.const -1
                        i32.add
                        local.set 8
                        local.get 11
                        i32.const 1
                        i32.add
                        local.set 11
                        local.get 5
                        i32.const -48
                        i32.add
                        i32.const 255
                        i32.and
                        local.tee 5
                        i32.const 0
                        i32.lt_s
                        local.get 12
                        local.get 5
                        i32.add
                        local.tee 5
                        local.get 12
                        i32.lt_s
                        i32.xor
                        i32.eqz
                        br_if 0 (;@10;)
                        br 4 (;@6;)
                      end
                    end
                    i32.const 0
                    local.get 5
                    i32.sub
                    local.get 5
                    local.get 9
                    select
                    local.tee 8
                    i32.const 0
                    i32.lt_s
                    local.get 3
                    local.get 8
                    i32.add
                    local.tee 8
                    local.get 3
                    i32.lt_s
                    i32.xor
                    br_if 2 (;@6;)
                  end
                  local.get 10
                  f64.convert_i64_u
                  local.set 14
                  block  ;; label = @8
                    block  ;; label = @9
                      local.get 8
                      i32.const -1
                      i32.gt_s
                      br_if 0 (;@9;)
                      i32.const 0
                      local.get 8
                      i32.sub
                      local.tee 8
                      i32.const 22
                      i32.gt_u
                      br_if 3 (;@6;)
                      local.get 14
                      local.get 8
                      i32.const 3
                      i32.shl
                      f64.load offset=81352
                      f64.div
                      local.set 14
                      br 1 (;@8;)
                    end
                    local.get 8
                    i32.const 22
                    i32.gt_u
                    br_if 2 (;@6;)
                    local.get 8
                    i32.const 3
                    i32.shl
                    f64.load offset=81352
                    local.get 14
                    f64.mul
                    local.set 14
                  end
                  local.get 14
                  f64.neg
                  local.get 14
                  local.get 4
                  select
                  local.set 14
                  br 2 (;@5;)
                end
                local.get 9
                local.get 10
                i64.const 0
                i64.ne
                local.get 11
                i32.const 255
                i32.and
                i32.const 48
                i32.ne
                i32.or
                i32.add
                local.tee 9
                i32.const 15
                i32.le_s
                br_if 2 (;@4;)
              end
              local.get 2
              i32.const 8
              i32.add
              local.get 0
              local.get 1
              call 67
              local.get 2
              i32.load8_u offset=8
              i32.const 1
              i32.eq
              br_if 2 (;@3;)
              local.get 2
              f64.load offset=16
              local.set 14
            end
            local.get 2
            i32.const 32
            i32.add
            global.set 0
            local.get 14
            return
          end
          local.get 10
          i64.const 10
          i64.mul
          local.get 12
          i64.extend_i32_u
          i64.const 255
          i64.and
          i64.add
          local.set 10
          local.get 3
          local.get 7
          i32.const 1
          i32.and
          i32.sub
          local.set 3
          br 1 (;@2;)
        end
        local.get 2
        local.get 2
        i32.load8_u offset=9
        i32.store8 offset=31
        i32.const 81275
        i32.const 43
        local.get 2
        i32.const 31
        i32.add
        i32.const 82192
        i32.const 81320
        call 66
        unreachable
      end
      local.get 8
      i32.const 1
      i32.add
      local.set 8
      br 0 (;@1;)
    end)
  (func (;110;) (type 4) (param i32 i32 i32 i32)
    local.get 0
    i32.const 4
    i32.add
    local.get 2
    local.get 3
    call 71
    local.get 0
    i32.const 1
    i32.store
    local.get 0
    local.get 1
    i32.store offset=16)
  (func (;111;) (type 13) (param i32)
    (local i32)
    global.get 0
    i32.const 16
    i32.sub
    local.tee 1
    global.set 0
    local.get 1
    i32.const 8
    i32.add
    local.get 0
    local.get 0
    i32.load
    i32.const 1
    i32.const 4
    i32.const 24
    call 117
    block  ;; label = @1
      local.get 1
      i32.load offset=8
      local.tee 0
      i32.const -2147483647
      i32.eq
      br_if 0 (;@1;)
      local.get 0
      local.get 1
      i32.load offset=12
      call 26
      unreachable
    end
    local.get 1
    i32.const 16
    i32.add
    global.set 0)
  (func (;112;) (type 13) (param i32)
    (local i32 i32 i32)
    local.get 0
    i32.load offset=8
    local.set 1
    local.get 0
    i32.load offset=4
    local.tee 2
    local.set 3
    block  ;; label = @1
      loop  ;; label = @2
        local.get 1
        i32.eqz
        br_if 1 (;@1;)
        local.get 3
        call 81
        local.get 3
        i32.const 12
        i32.add
        call 81
        local.get 1
        i32.const -1
        i32.add
        local.set 1
        local.get 3
        i32.const 24
        i32.add
        local.set 3
        br 0 (;@2;)
      end
    end
    local.get 0
    i32.load
    local.get 2
    i32.const 4
    i32.const 24
    call 116)
  (func (;113;) (type 13) (param i32)
    (local i32)
    global.get 0
    i32.const 16
    i32.sub
    local.tee 1
    global.set 0
    local.get 1
    i32.const 8
    i32.add
    local.get 0
    local.get 0
    i32.load
    i32.const 1
    i32.const 8
    i32.const 144
    call 117
    block  ;; label = @1
      local.get 1
      i32.load offset=8
      local.tee 0
      i32.const -2147483647
      i32.eq
      br_if 0 (;@1;)
      local.get 0
      local.get 1
      i32.load offset=12
      call 26
      unreachable
    end
    local.get 1
    i32.const 16
    i32.add
    global.set 0)
  (func (;114;) (type 3) (param i32 i32)
    block  ;; label = @1
      loop  ;; label = @2
        local.get 1
        i32.eqz
        br_if 1 (;@1;)
        local.get 1
        i32.const -1
        i32.add
        local.set 1
        local.get 0
        call 97
        local.get 0
        i32.const 144
        i32.add
        local.set 0
        br 0 (;@2;)
      end
    end)
  (func (;115;) (type 3) (param i32 i32)
    local.get 0
    local.get 1
    i32.const 8
    i32.const 144
    call 116)
  (func (;116;) (type 4) (param i32 i32 i32 i32)
    (local i32)
    global.get 0
    i32.const 16
    i32.sub
    local.set 4
    block  ;; label = @1
      block  ;; label = @2
        local.get 0
        br_if 0 (;@2;)
        i32.const 0
        local.set 0
        local.get 4
        i32.const 12
        i32.add
        local.set 3
        br 1 (;@1;)
      end
      local.get 4
      local.get 2
      i32.store offset=12
      local.get 0
      local.get 3
      i32.mul
      local.set 0
      local.get 4
      i32.const 8
      i32.add
      local.set 3
    end
    local.get 3
    local.get 0
    i32.store
    block  ;; label = @1
      local.get 4
      i32.load offset=12
      i32.eqz
      br_if 0 (;@1;)
      local.get 4
      i32.load offset=8
      local.tee 4
      i32.eqz
      br_if 0 (;@1;)
      local.get 4
      local.get 1
      i32.add
      i32.const 0
      i32.load offset=82432
      i32.ne
      br_if 0 (;@1;)
      i32.const 0
      local.get 1
      i32.store offset=82432
    end)
  (func (;117;) (type 8) (param i32 i32 i32 i32 i32 i32)
    (local i32 i32 i32 i32 i64)
    global.get 0
    i32.const 32
    i32.sub
    local.tee 6
    global.set 0
    block  ;; label = @1
      block  ;; label = @2
        block  ;; label = @3
          local.get 3
          local.get 2
          i32.add
          local.tee 2
          local.get 3
          i32.ge_u
          br_if 0 (;@3;)
          i32.const 0
          local.set 3
          br 1 (;@2;)
        end
        i32.const 0
        local.set 7
        local.get 6
        i32.const 20
        i32.add
        local.set 8
        block  ;; label = @3
          block  ;; label = @4
            local.get 5
            i64.extend_i32_u
            local.get 2
            local.get 1
            i32.load
            local.tee 9
            i32.const 1
            i32.shl
            local.tee 3
            local.get 2
            local.get 3
            i32.gt_u
            select
            local.tee 3
            i32.const 8
            i32.const 4
            local.get 5
            i32.const 1
            i32.eq
            select
            local.tee 2
            local.get 3
            local.get 2
            i32.gt_u
            select
            local.tee 2
            i64.extend_i32_u
            i64.mul
            local.tee 10
            i64.const 32
            i64.shr_u
            i32.wrap_i64
            br_if 0 (;@4;)
            local.get 10
            i32.wrap_i64
            local.tee 3
            i32.const -2147483648
            local.get 4
            i32.sub
            i32.gt_u
            br_if 0 (;@4;)
            block  ;; label = @5
              block  ;; label = @6
                local.get 9
                br_if 0 (;@6;)
                i32.const 0
                local.set 5
                local.get 6
                i32.const 28
                i32.add
                local.set 7
                br 1 (;@5;)
              end
              local.get 1
              i32.load offset=4
              local.set 8
              local.get 6
              local.get 4
              i32.store offset=28
              local.get 9
              local.get 5
              i32.mul
              local.set 5
              local.get 6
              i32.const 24
              i32.add
              local.set 7
            end
            local.get 7
            local.get 5
            i32.store
            block  ;; label = @5
              block  ;; label = @6
                local.get 6
                i32.load offset=28
                i32.eqz
                br_if 0 (;@6;)
                block  ;; label = @7
                  local.get 6
                  i32.load offset=24
                  local.tee 5
                  br_if 0 (;@7;)
                  local.get 6
                  i32.const 8
                  i32.add
                  local.get 4
                  local.get 3
                  call 143
                  local.get 6
                  i32.load offset=8
                  local.set 5
                  br 2 (;@5;)
                end
                local.get 8
                local.get 5
                local.get 4
                local.get 3
                call 40
                local.set 5
                br 1 (;@5;)
              end
              local.get 6
              local.get 4
              local.get 3
              call 143
              local.get 6
              i32.load
              local.set 5
            end
            local.get 5
            br_if 1 (;@3;)
            local.get 6
            local.get 4
            i32.store offset=20
            local.get 6
            i32.const 16
            i32.add
            local.set 8
            local.get 3
            local.set 7
          end
          local.get 8
          local.get 7
          i32.store
          local.get 6
          i32.load offset=16
          local.set 5
          local.get 6
          i32.load offset=20
          local.set 3
          br 2 (;@1;)
        end
        local.get 1
        local.get 2
        i32.store
        local.get 1
        local.get 5
        i32.store offset=4
        i32.const -2147483647
        local.set 3
      end
    end
    local.get 0
    local.get 5
    i32.store offset=4
    local.get 0
    local.get 3
    i32.store
    local.get 6
    i32.const 32
    i32.add
    global.set 0)
  (func (;118;) (type 1) (param i32 i32 i32) (result i32)
    (local i32 i32)
    local.get 1
    local.get 2
    i32.load
    local.tee 3
    local.get 1
    local.get 3
    i32.gt_u
    select
    local.set 4
    local.get 3
    local.set 1
    loop (result i32)  ;; label = @1
      block  ;; label = @2
        block  ;; label = @3
          local.get 4
          local.get 1
          i32.eq
          br_if 0 (;@3;)
          local.get 0
          local.get 1
          i32.add
          i32.load8_u
          i32.const -48
          i32.add
          i32.const 255
          i32.and
          i32.const 10
          i32.lt_u
          br_if 1 (;@2;)
          local.get 1
          local.set 4
        end
        local.get 4
        local.get 3
        i32.sub
        return
      end
      local.get 2
      local.get 1
      i32.const 1
      i32.add
      local.tee 1
      i32.store
      br 0 (;@1;)
    end)
  (func (;119;) (type 2) (param i32 i32) (result i32)
    (local i32 i32 i32)
    global.get 0
    i32.const 16
    i32.sub
    local.tee 2
    global.set 0
    local.get 2
    local.get 0
    i32.store offset=4
    local.get 1
    i32.load
    i32.const 80074
    i32.const 15
    local.get 1
    i32.load offset=4
    i32.load offset=12
    call_indirect (type 1)
    local.set 0
    local.get 2
    i32.const 0
    i32.store8 offset=13
    local.get 2
    local.get 0
    i32.store8 offset=12
    local.get 2
    local.get 1
    i32.store offset=8
    local.get 2
    i32.const 8
    i32.add
    i32.const 80089
    i32.const 4
    local.get 2
    i32.const 4
    i32.add
    i32.const 9
    call 61
    local.set 3
    local.get 2
    i32.load8_u offset=13
    local.tee 0
    local.get 2
    i32.load8_u offset=12
    local.tee 4
    i32.or
    local.set 1
    block  ;; label = @1
      local.get 0
      i32.const 1
      i32.ne
      br_if 0 (;@1;)
      local.get 4
      i32.const 1
      i32.and
      br_if 0 (;@1;)
      block  ;; label = @2
        local.get 3
        i32.load
        local.tee 1
        i32.load8_u offset=10
        i32.const 128
        i32.and
        br_if 0 (;@2;)
        local.get 1
        i32.load
        i32.const 67236
        i32.const 2
        local.get 1
        i32.load offset=4
        i32.load offset=12
        call_indirect (type 1)
        local.set 1
        br 1 (;@1;)
      end
      local.get 1
      i32.load
      i32.const 67234
      i32.const 1
      local.get 1
      i32.load offset=4
      i32.load offset=12
      call_indirect (type 1)
      local.set 1
    end
    local.get 2
    i32.const 16
    i32.add
    global.set 0
    local.get 1
    i32.const 1
    i32.and)
  (func (;120;) (type 2) (param i32 i32) (result i32)
    local.get 1
    i32.load
    i32.const 80098
    i32.const 80093
    local.get 0
    i32.load
    i32.load8_u
    local.tee 0
    select
    i32.const 7
    i32.const 5
    local.get 0
    select
    local.get 1
    i32.load offset=4
    i32.load offset=12
    call_indirect (type 1))
  (func (;121;) (type 2) (param i32 i32) (result i32)
    (local i32 i32 i32)
    global.get 0
    i32.const 16
    i32.sub
    local.tee 2
    global.set 0
    local.get 2
    local.get 0
    i32.const 4
    i32.add
    i32.store offset=4
    local.get 1
    i32.load
    i32.const 80105
    i32.const 9
    local.get 1
    i32.load offset=4
    i32.load offset=12
    call_indirect (type 1)
    local.set 3
    local.get 2
    i32.const 0
    i32.store8 offset=13
    local.get 2
    local.get 3
    i32.store8 offset=12
    local.get 2
    local.get 1
    i32.store offset=8
    local.get 2
    i32.const 8
    i32.add
    i32.const 80114
    i32.const 11
    local.get 0
    i32.const 10
    call 61
    i32.const 80125
    i32.const 9
    local.get 2
    i32.const 4
    i32.add
    i32.const 11
    call 61
    local.set 4
    local.get 2
    i32.load8_u offset=13
    local.tee 0
    local.get 2
    i32.load8_u offset=12
    local.tee 3
    i32.or
    local.set 1
    block  ;; label = @1
      local.get 0
      i32.const 1
      i32.ne
      br_if 0 (;@1;)
      local.get 3
      i32.const 1
      i32.and
      br_if 0 (;@1;)
      block  ;; label = @2
        local.get 4
        i32.load
        local.tee 1
        i32.load8_u offset=10
        i32.const 128
        i32.and
        br_if 0 (;@2;)
        local.get 1
        i32.load
        i32.const 67236
        i32.const 2
        local.get 1
        i32.load offset=4
        i32.load offset=12
        call_indirect (type 1)
        local.set 1
        br 1 (;@1;)
      end
      local.get 1
      i32.load
      i32.const 67234
      i32.const 1
      local.get 1
      i32.load offset=4
      i32.load offset=12
      call_indirect (type 1)
      local.set 1
    end
    local.get 2
    i32.const 16
    i32.add
    global.set 0
    local.get 1
    i32.const 1
    i32.and)
  (func (;122;) (type 2) (param i32 i32) (result i32)
    (local i32 i32)
    global.get 0
    i32.const 16
    i32.sub
    local.tee 2
    global.set 0
    block  ;; label = @1
      block  ;; label = @2
        block  ;; label = @3
          local.get 1
          i32.load offset=8
          local.tee 3
          i32.const 33554432
          i32.and
          br_if 0 (;@3;)
          local.get 3
          i32.const 67108864
          i32.and
          br_if 1 (;@2;)
          local.get 0
          local.get 1
          call 59
          local.set 0
          br 2 (;@1;)
        end
        local.get 0
        i32.load
        local.set 3
        i32.const 9
        local.set 0
        loop  ;; label = @3
          local.get 2
          i32.const 8
          i32.add
          local.get 0
          i32.add
          i32.const -2
          i32.add
          local.get 3
          i32.const 15
          i32.and
          i32.load8_u offset=80572
          i32.store8
          local.get 0
          i32.const -1
          i32.add
          local.set 0
          local.get 3
          i32.const 4
          i32.shr_u
          local.tee 3
          br_if 0 (;@3;)
        end
        local.get 1
        i32.const 80056
        i32.const 2
        local.get 2
        i32.const 8
        i32.add
        local.get 0
        i32.add
        i32.const -1
        i32.add
        i32.const 9
        local.get 0
        i32.sub
        call 57
        local.set 0
        br 1 (;@1;)
      end
      local.get 0
      i32.load
      local.set 3
      i32.const 9
      local.set 0
      loop  ;; label = @2
        local.get 2
        i32.const 8
        i32.add
        local.get 0
        i32.add
        i32.const -2
        i32.add
        local.get 3
        i32.const 15
        i32.and
        i32.load8_u offset=80058
        i32.store8
        local.get 0
        i32.const -1
        i32.add
        local.set 0
        local.get 3
        i32.const 4
        i32.shr_u
        local.tee 3
        br_if 0 (;@2;)
      end
      local.get 1
      i32.const 80056
      i32.const 2
      local.get 2
      i32.const 8
      i32.add
      local.get 0
      i32.add
      i32.const -1
      i32.add
      i32.const 9
      local.get 0
      i32.sub
      call 57
      local.set 0
    end
    local.get 2
    i32.const 16
    i32.add
    global.set 0
    local.get 0)
  (func (;123;) (type 2) (param i32 i32) (result i32)
    (local i32)
    global.get 0
    i32.const 16
    i32.sub
    local.tee 2
    global.set 0
    block  ;; label = @1
      block  ;; label = @2
        local.get 0
        i32.load
        local.tee 0
        i32.load8_u
        i32.const 1
        i32.ne
        br_if 0 (;@2;)
        local.get 2
        local.get 0
        i32.const 1
        i32.add
        i32.store offset=12
        local.get 1
        i32.const 82228
        i32.const 4
        local.get 2
        i32.const 12
        i32.add
        i32.const 12
        call 65
        local.set 1
        br 1 (;@1;)
      end
      local.get 1
      i32.load
      i32.const 82224
      i32.const 4
      local.get 1
      i32.load offset=4
      i32.load offset=12
      call_indirect (type 1)
      local.set 1
    end
    local.get 2
    i32.const 16
    i32.add
    global.set 0
    local.get 1)
  (func (;124;) (type 2) (param i32 i32) (result i32)
    (local i32 i32 i32)
    global.get 0
    i32.const 16
    i32.sub
    local.tee 2
    global.set 0
    local.get 0
    i32.load
    local.set 0
    block  ;; label = @1
      block  ;; label = @2
        block  ;; label = @3
          local.get 1
          i32.load offset=8
          local.tee 3
          i32.const 33554432
          i32.and
          br_if 0 (;@3;)
          local.get 3
          i32.const 67108864
          i32.and
          br_if 1 (;@2;)
          i32.const 3
          local.set 3
          local.get 0
          i32.load8_u
          local.tee 0
          local.set 4
          block  ;; label = @4
            local.get 0
            i32.const 10
            i32.lt_u
            br_if 0 (;@4;)
            i32.const 1
            local.set 3
            local.get 2
            local.get 0
            local.get 0
            i32.const 100
            i32.div_u
            local.tee 4
            i32.const 100
            i32.mul
            i32.sub
            i32.const 255
            i32.and
            i32.const 1
            i32.shl
            i32.load16_u offset=67328 align=1
            i32.store16 offset=12 align=1
          end
          block  ;; label = @4
            block  ;; label = @5
              local.get 0
              i32.eqz
              br_if 0 (;@5;)
              local.get 4
              i32.eqz
              br_if 1 (;@4;)
            end
            local.get 2
            i32.const 11
            i32.add
            local.get 3
            i32.const -1
            i32.add
            local.tee 3
            i32.add
            local.get 4
            i32.const 1
            i32.shl
            i32.load8_u offset=67329
            i32.store8
          end
          local.get 1
          i32.const 1
          i32.const 0
          local.get 2
          i32.const 11
          i32.add
          local.get 3
          i32.add
          i32.const 3
          local.get 3
          i32.sub
          call 57
          local.set 0
          br 2 (;@1;)
        end
        local.get 0
        i32.load8_u
        local.set 3
        i32.const 3
        local.set 0
        loop  ;; label = @3
          local.get 2
          i32.const 9
          i32.add
          local.get 0
          i32.add
          i32.const -2
          i32.add
          local.get 3
          i32.const 15
          i32.and
          i32.const 80572
          i32.add
          i32.load8_u
          i32.store8
          local.get 0
          i32.const -1
          i32.add
          local.set 0
          local.get 3
          i32.const 4
          i32.shr_u
          i32.const 15
          i32.and
          local.tee 3
          br_if 0 (;@3;)
        end
        local.get 1
        i32.const 80056
        i32.const 2
        local.get 2
        i32.const 9
        i32.add
        local.get 0
        i32.add
        i32.const -1
        i32.add
        i32.const 3
        local.get 0
        i32.sub
        call 57
        local.set 0
        br 1 (;@1;)
      end
      local.get 0
      i32.load8_u
      local.set 3
      i32.const 3
      local.set 0
      loop  ;; label = @2
        local.get 2
        i32.const 14
        i32.add
        local.get 0
        i32.add
        i32.const -2
        i32.add
        local.get 3
        i32.const 15
        i32.and
        i32.const 80058
        i32.add
        i32.load8_u
        i32.store8
        local.get 0
        i32.const -1
        i32.add
        local.set 0
        local.get 3
        i32.const 4
        i32.shr_u
        i32.const 15
        i32.and
        local.tee 3
        br_if 0 (;@2;)
      end
      local.get 1
      i32.const 80056
      i32.const 2
      local.get 2
      i32.const 14
      i32.add
      local.get 0
      i32.add
      i32.const -1
      i32.add
      i32.const 3
      local.get 0
      i32.sub
      call 57
      local.set 0
    end
    local.get 2
    i32.const 16
    i32.add
    global.set 0
    local.get 0)
  (func (;125;) (type 2) (param i32 i32) (result i32)
    (local i32 i32)
    block  ;; label = @1
      block  ;; label = @2
        local.get 1
        i32.const 3
        i32.gt_u
        br_if 0 (;@2;)
        local.get 0
        i32.const -1
        i32.add
        local.set 0
        loop  ;; label = @3
          block  ;; label = @4
            local.get 1
            br_if 0 (;@4;)
            i32.const 1
            return
          end
          local.get 0
          local.get 1
          i32.add
          local.set 2
          local.get 1
          i32.const -1
          i32.add
          local.set 1
          local.get 2
          i32.load8_s
          i32.const -1
          i32.gt_s
          br_if 0 (;@3;)
        end
        i32.const 0
        local.set 3
        br 1 (;@1;)
      end
      i32.const 0
      local.set 3
      local.get 0
      i32.load align=1
      i32.const -2139062144
      i32.and
      br_if 0 (;@1;)
      i32.const 4
      local.get 0
      i32.const 3
      i32.add
      i32.const -4
      i32.and
      local.tee 2
      local.get 0
      i32.sub
      local.get 2
      local.get 0
      i32.eq
      select
      local.set 2
      local.get 1
      i32.const -4
      i32.add
      local.set 1
      loop  ;; label = @2
        block  ;; label = @3
          local.get 2
          local.get 1
          i32.lt_u
          br_if 0 (;@3;)
          local.get 0
          local.get 1
          i32.add
          i32.load align=1
          i32.const -2139062144
          i32.and
          i32.eqz
          return
        end
        local.get 0
        local.get 2
        i32.add
        i32.load
        i32.const -2139062144
        i32.and
        br_if 1 (;@1;)
        local.get 2
        i32.const 4
        i32.add
        local.set 2
        br 0 (;@2;)
      end
    end
    local.get 3)
  (func (;126;) (type 3) (param i32 i32)
    (local i32)
    block  ;; label = @1
      local.get 1
      local.get 0
      i32.load
      local.get 0
      i32.load offset=8
      local.tee 2
      i32.sub
      i32.le_u
      br_if 0 (;@1;)
      local.get 0
      local.get 2
      local.get 1
      i32.const 1
      i32.const 1
      call 136
    end)
  (func (;127;) (type 4) (param i32 i32 i32 i32)
    (local i32)
    global.get 0
    i32.const 16
    i32.sub
    local.tee 4
    global.set 0
    block  ;; label = @1
      block  ;; label = @2
        block  ;; label = @3
          block  ;; label = @4
            local.get 3
            i32.const -5
            i32.gt_u
            br_if 0 (;@4;)
            local.get 3
            i32.const 4
            i32.add
            local.get 2
            i32.gt_u
            br_if 0 (;@4;)
            local.get 1
            local.get 3
            i32.add
            i32.load align=1
            local.set 3
            br 1 (;@3;)
          end
          local.get 4
          i32.const 81820
          i32.const 32
          call 71
          local.get 4
          local.get 3
          i32.store offset=12
          local.get 4
          i32.load
          i32.const -2147483648
          i32.ne
          br_if 1 (;@2;)
          local.get 4
          i32.load offset=4
          local.set 3
        end
        local.get 0
        i32.const -2147483648
        i32.store
        local.get 0
        local.get 3
        i32.store offset=4
        br 1 (;@1;)
      end
      local.get 0
      local.get 4
      i64.load offset=8 align=4
      i64.store offset=8 align=4
      local.get 0
      local.get 4
      i64.load align=4
      i64.store align=4
    end
    local.get 4
    i32.const 16
    i32.add
    global.set 0)
  (func (;128;) (type 4) (param i32 i32 i32 i32)
    local.get 0
    i32.const 4
    i32.add
    local.get 2
    local.get 3
    call 71
    local.get 0
    i32.const -2147483648
    i32.store
    local.get 0
    local.get 1
    i32.store offset=16)
  (func (;129;) (type 18) (param i32 i32 i32 i32 i32 i32 i32)
    (local i32 i64)
    global.get 0
    i32.const 32
    i32.sub
    local.tee 7
    global.set 0
    local.get 7
    local.get 6
    i32.store offset=8
    local.get 7
    local.get 5
    i32.store offset=4
    block  ;; label = @1
      block  ;; label = @2
        block  ;; label = @3
          local.get 3
          i64.extend_i32_u
          local.get 4
          i64.extend_i32_u
          i64.mul
          local.tee 8
          i64.const 32
          i64.shr_u
          i32.wrap_i64
          br_if 0 (;@3;)
          local.get 8
          i32.wrap_i64
          local.tee 6
          local.get 2
          i32.add
          local.tee 5
          local.get 6
          i32.lt_u
          br_if 0 (;@3;)
          local.get 5
          local.get 1
          i32.le_u
          br_if 1 (;@2;)
        end
        local.get 7
        i32.const 3
        i32.store offset=28
        local.get 7
        local.get 7
        i32.const 4
        i32.add
        i32.store offset=24
        local.get 7
        i32.const 12
        i32.add
        i32.const 65810
        local.get 7
        i32.const 24
        i32.add
        call 95
        local.get 0
        local.get 7
        i32.load offset=16
        local.get 7
        i32.load offset=20
        call 71
        local.get 0
        local.get 2
        i32.store offset=12
        local.get 7
        i32.const 12
        i32.add
        call 105
        br 1 (;@1;)
      end
      local.get 0
      i32.const -2147483648
      i32.store
    end
    local.get 7
    i32.const 32
    i32.add
    global.set 0)
  (func (;130;) (type 11) (param i32 i32) (result i64)
    (local i32 i64)
    global.get 0
    i32.const 16
    i32.sub
    local.tee 2
    global.set 0
    local.get 2
    local.get 0
    local.get 1
    local.get 1
    i32.const 8
    i32.add
    i32.const 81744
    call 139
    block  ;; label = @1
      local.get 2
      i32.load offset=4
      i32.const 8
      i32.eq
      br_if 0 (;@1;)
      i32.const 81760
      i32.const 9
      local.get 2
      i32.const 15
      i32.add
      i32.const 82176
      i32.const 81772
      call 66
      unreachable
    end
    local.get 2
    i32.load
    i64.load align=1
    local.set 3
    local.get 2
    i32.const 16
    i32.add
    global.set 0
    local.get 3)
  (func (;131;) (type 2) (param i32 i32) (result i32)
    (local i32)
    global.get 0
    i32.const 16
    i32.sub
    local.tee 2
    global.set 0
    local.get 2
    local.get 0
    local.get 1
    local.get 1
    i32.const 4
    i32.add
    i32.const 81788
    call 139
    block  ;; label = @1
      local.get 2
      i32.load offset=4
      i32.const 4
      i32.eq
      br_if 0 (;@1;)
      i32.const 81760
      i32.const 9
      local.get 2
      i32.const 15
      i32.add
      i32.const 82176
      i32.const 81804
      call 66
      unreachable
    end
    local.get 2
    i32.load
    i32.load align=1
    local.set 1
    local.get 2
    i32.const 16
    i32.add
    global.set 0
    local.get 1)
  (func (;132;) (type 4) (param i32 i32 i32 i32)
    (local i32 i32 i32 i32)
    global.get 0
    i32.const 16
    i32.sub
    local.tee 4
    global.set 0
    i32.const 0
    local.set 5
    block  ;; label = @1
      block  ;; label = @2
        block  ;; label = @3
          local.get 3
          i32.const -9
          i32.gt_u
          br_if 0 (;@3;)
          local.get 3
          i32.const 8
          i32.add
          local.get 2
          i32.gt_u
          br_if 0 (;@3;)
          local.get 1
          local.get 3
          i32.add
          local.tee 6
          i32.load offset=4 align=1
          local.tee 3
          i32.const -1
          i32.eq
          br_if 0 (;@3;)
          local.get 3
          local.get 6
          i32.load align=1
          local.tee 7
          i32.add
          local.tee 6
          local.get 3
          i32.ge_u
          br_if 1 (;@2;)
        end
        br 1 (;@1;)
      end
      local.get 6
      local.get 2
      i32.gt_u
      br_if 0 (;@1;)
      local.get 1
      local.get 7
      i32.add
      local.tee 5
      local.get 3
      call 125
      br_if 0 (;@1;)
      local.get 4
      i32.const 4
      i32.add
      local.get 5
      local.get 3
      call 60
      i32.const 0
      local.get 4
      i32.load offset=8
      local.get 4
      i32.load offset=4
      select
      local.set 5
      local.get 4
      i32.load offset=12
      local.set 3
    end
    local.get 0
    local.get 3
    i32.store offset=4
    local.get 0
    local.get 5
    i32.store
    local.get 4
    i32.const 16
    i32.add
    global.set 0)
  (func (;133;) (type 4) (param i32 i32 i32 i32)
    (local i32 i64)
    global.get 0
    i32.const 16
    i32.sub
    local.tee 4
    global.set 0
    local.get 4
    local.get 1
    local.get 2
    local.get 3
    call 134
    local.get 4
    i64.load offset=8 align=4
    local.set 5
    local.get 4
    i32.load offset=4
    local.set 2
    block  ;; label = @1
      block  ;; label = @2
        local.get 4
        i32.load
        local.tee 1
        i32.const -2147483648
        i32.eq
        br_if 0 (;@2;)
        local.get 0
        local.get 5
        i64.store offset=8 align=4
        local.get 0
        local.get 2
        i32.store offset=4
        local.get 0
        local.get 1
        i32.store
        br 1 (;@1;)
      end
      block  ;; label = @2
        local.get 2
        i32.const -2147483647
        i32.eq
        br_if 0 (;@2;)
        local.get 0
        local.get 5
        i64.store offset=8 align=4
        local.get 0
        local.get 2
        i32.store offset=4
        local.get 0
        i32.const -2147483648
        i32.store
        br 1 (;@1;)
      end
      local.get 0
      i32.const 81852
      i32.const 27
      call 71
      local.get 0
      local.get 3
      i32.store offset=12
    end
    local.get 4
    i32.const 16
    i32.add
    global.set 0)
  (func (;134;) (type 4) (param i32 i32 i32 i32)
    (local i32 i32 i32 i32)
    global.get 0
    i32.const 32
    i32.sub
    local.tee 4
    global.set 0
    local.get 4
    i32.const 8
    i32.add
    local.get 1
    local.get 2
    local.get 3
    call 132
    block  ;; label = @1
      block  ;; label = @2
        local.get 4
        i32.load offset=8
        local.tee 5
        i32.eqz
        br_if 0 (;@2;)
        local.get 4
        i32.load offset=12
        local.set 3
        local.get 0
        local.get 5
        i32.store offset=8
        local.get 0
        i64.const -9223372034707292160
        i64.store align=4
        local.get 0
        local.get 3
        i32.store offset=12
        br 1 (;@1;)
      end
      local.get 4
      i32.const 16
      i32.add
      local.get 1
      local.get 2
      local.get 3
      call 127
      local.get 4
      i32.load offset=20
      local.set 5
      block  ;; label = @2
        local.get 4
        i32.load offset=16
        local.tee 6
        i32.const -2147483648
        i32.eq
        br_if 0 (;@2;)
        local.get 0
        local.get 4
        i64.load offset=24 align=4
        i64.store offset=8 align=4
        local.get 0
        local.get 5
        i32.store offset=4
        local.get 0
        local.get 6
        i32.store
        br 1 (;@1;)
      end
      local.get 4
      i32.const 16
      i32.add
      local.get 1
      local.get 2
      local.get 3
      i32.const 4
      i32.add
      call 127
      local.get 4
      i32.load offset=20
      local.set 6
      block  ;; label = @2
        local.get 4
        i32.load offset=16
        local.tee 7
        i32.const -2147483648
        i32.eq
        br_if 0 (;@2;)
        local.get 0
        local.get 4
        i64.load offset=24 align=4
        i64.store offset=8 align=4
        local.get 0
        local.get 6
        i32.store offset=4
        local.get 0
        local.get 7
        i32.store
        br 1 (;@1;)
      end
      block  ;; label = @2
        local.get 6
        i32.const -1
        i32.ne
        br_if 0 (;@2;)
        local.get 0
        i64.const -9223372030412324864
        i64.store align=4
        br 1 (;@1;)
      end
      block  ;; label = @2
        block  ;; label = @3
          local.get 6
          local.get 5
          i32.add
          local.tee 7
          local.get 6
          i32.lt_u
          br_if 0 (;@3;)
          local.get 7
          local.get 2
          i32.gt_u
          br_if 0 (;@3;)
          local.get 4
          i32.const 16
          i32.add
          local.get 1
          local.get 5
          i32.add
          local.get 6
          call 60
          block  ;; label = @4
            local.get 4
            i32.load offset=16
            i32.eqz
            br_if 0 (;@4;)
            local.get 4
            i32.load offset=20
            local.set 3
            local.get 0
            i32.const 81104
            i32.const 25
            call 71
            local.get 5
            local.get 3
            i32.add
            local.set 3
            br 2 (;@2;)
          end
          local.get 0
          i32.const 81879
          i32.const 34
          call 71
          br 1 (;@2;)
        end
        local.get 0
        i32.const 81913
        i32.const 38
        call 71
      end
      local.get 0
      local.get 3
      i32.store offset=12
    end
    local.get 4
    i32.const 32
    i32.add
    global.set 0)
  (func (;135;) (type 2) (param i32 i32) (result i32)
    local.get 1
    local.get 0
    i32.load offset=4
    local.get 0
    i32.load offset=8
    call 51)
  (func (;136;) (type 6) (param i32 i32 i32 i32 i32)
    (local i32)
    global.get 0
    i32.const 16
    i32.sub
    local.tee 5
    global.set 0
    local.get 5
    i32.const 8
    i32.add
    local.get 0
    local.get 1
    local.get 2
    local.get 3
    local.get 4
    call 117
    block  ;; label = @1
      local.get 5
      i32.load offset=8
      local.tee 4
      i32.const -2147483647
      i32.eq
      br_if 0 (;@1;)
      local.get 4
      local.get 5
      i32.load offset=12
      call 26
      unreachable
    end
    local.get 5
    i32.const 16
    i32.add
    global.set 0)
  (func (;137;) (type 2) (param i32 i32) (result i32)
    local.get 1
    i32.load
    i32.const 80134
    i32.const 5
    local.get 1
    i32.load offset=4
    i32.load offset=12
    call_indirect (type 1))
  (func (;138;) (type 2) (param i32 i32) (result i32)
    local.get 0
    local.get 1
    call 102
    i32.const 0)
  (func (;139;) (type 6) (param i32 i32 i32 i32 i32)
    block  ;; label = @1
      block  ;; label = @2
        local.get 3
        local.get 2
        i32.lt_u
        br_if 0 (;@2;)
        local.get 3
        i32.const 121
        i32.lt_u
        br_if 1 (;@1;)
      end
      local.get 2
      local.get 3
      i32.const 120
      local.get 4
      call 23
      unreachable
    end
    local.get 0
    local.get 3
    local.get 2
    i32.sub
    i32.store offset=4
    local.get 0
    local.get 1
    local.get 2
    i32.add
    i32.store)
  (func (;140;) (type 2) (param i32 i32) (result i32)
    (local i32)
    global.get 0
    i32.const 16
    i32.sub
    local.tee 2
    global.set 0
    local.get 2
    local.get 0
    i32.store offset=12
    local.get 1
    i32.const 80139
    i32.const 17
    local.get 2
    i32.const 12
    i32.add
    i32.const 13
    call 65
    local.set 0
    local.get 2
    i32.const 16
    i32.add
    global.set 0
    local.get 0)
  (func (;141;) (type 2) (param i32 i32) (result i32)
    local.get 1
    i32.const 82234
    i32.const 2
    call 51)
  (func (;142;) (type 13) (param i32)
    (local i32 i32 i32 i64 i32 i32)
    global.get 0
    i32.const 80
    i32.sub
    local.tee 1
    global.set 0
    local.get 1
    i64.const 4294967296
    i64.store offset=20 align=4
    local.get 1
    i32.const 0
    i32.store offset=28
    local.get 1
    i32.const 20
    i32.add
    i32.const 12
    call 126
    local.get 1
    i32.load offset=24
    local.get 1
    i32.load offset=28
    local.tee 2
    i32.add
    local.tee 3
    i32.const 0
    i64.load offset=82400 align=1
    i64.store align=1
    local.get 3
    i32.const 0
    i32.load offset=82408 align=1
    i32.store offset=8 align=1
    local.get 1
    local.get 2
    i32.const 12
    i32.add
    i32.store offset=28
    local.get 1
    local.get 0
    i32.load offset=8
    local.tee 2
    i64.load align=4
    i64.store offset=8 align=4
    local.get 1
    i32.const 1
    i64.extend_i32_u
    i64.const 32
    i64.shl
    local.tee 4
    local.get 2
    i32.const 12
    i32.add
    i64.extend_i32_u
    i64.or
    i64.store offset=48
    local.get 1
    local.get 4
    local.get 2
    i32.const 8
    i32.add
    i64.extend_i32_u
    i64.or
    i64.store offset=40
    local.get 1
    i32.const 7
    i64.extend_i32_u
    i64.const 32
    i64.shl
    local.get 1
    i32.const 8
    i32.add
    i64.extend_i32_u
    i64.or
    i64.store offset=32
    block  ;; label = @1
      block  ;; label = @2
        local.get 1
        i32.const 20
        i32.add
        i32.const 82064
        i32.const 65545
        local.get 1
        i32.const 32
        i32.add
        call 49
        br_if 0 (;@2;)
        local.get 1
        i32.const 32
        i32.add
        local.get 0
        i32.load
        local.tee 2
        local.get 0
        i32.load offset=4
        i32.load offset=12
        local.tee 5
        call_indirect (type 3)
        i32.const 4
        local.set 0
        local.get 2
        local.set 3
        block  ;; label = @3
          block  ;; label = @4
            local.get 1
            i64.load offset=32
            i64.const 7199936582794304877
            i64.xor
            local.get 1
            i64.load offset=40
            i64.const -5076933981314334344
            i64.xor
            i64.or
            i64.eqz
            br_if 0 (;@4;)
            local.get 1
            i32.const 32
            i32.add
            local.get 2
            local.get 5
            call_indirect (type 3)
            local.get 1
            i64.load offset=32
            i64.const -3168470129573060075
            i64.xor
            local.get 1
            i64.load offset=40
            i64.const -602373692278867885
            i64.xor
            i64.or
            i64.const 0
            i64.ne
            br_if 1 (;@3;)
            local.get 2
            i32.const 4
            i32.add
            local.set 3
            i32.const 8
            local.set 0
          end
          local.get 2
          local.get 0
          i32.add
          i32.load
          local.set 0
          local.get 3
          i32.load
          local.set 3
          local.get 1
          i32.const 20
          i32.add
          i32.const 2
          call 126
          local.get 1
          i32.load offset=24
          local.get 1
          i32.load offset=28
          local.tee 2
          i32.add
          i32.const 2618
          i32.store16 align=1
          local.get 1
          local.get 2
          i32.const 2
          i32.add
          i32.store offset=28
          local.get 1
          i32.const 20
          i32.add
          local.get 0
          call 126
          local.get 1
          i32.load offset=28
          local.set 2
          block  ;; label = @4
            local.get 0
            i32.eqz
            br_if 0 (;@4;)
            local.get 0
            i32.eqz
            br_if 0 (;@4;)
            local.get 1
            i32.load offset=24
            local.get 2
            i32.add
            local.get 3
            local.get 0
            memory.copy
          end
          local.get 1
          local.get 2
          local.get 0
          i32.add
          i32.store offset=28
        end
        local.get 1
        local.get 1
        i32.load offset=28
        local.tee 3
        i32.store offset=16
        local.get 1
        local.get 1
        i64.load offset=20 align=4
        i64.store offset=8
        local.get 1
        i32.load offset=12
        local.set 2
        local.get 1
        i32.const 32
        i32.add
        local.get 3
        i32.const 1
        i32.const 1
        call 25
        local.get 1
        i32.load offset=36
        local.set 0
        local.get 1
        i32.load offset=32
        i32.const 1
        i32.eq
        br_if 1 (;@1;)
        local.get 1
        i32.const 0
        i32.store offset=72
        local.get 1
        local.get 1
        i32.load offset=40
        i32.store offset=68
        local.get 1
        local.get 0
        i32.store offset=64
        local.get 1
        i32.const 64
        i32.add
        local.get 3
        call 126
        local.get 1
        i32.load offset=72
        local.set 0
        block  ;; label = @3
          local.get 3
          i32.eqz
          br_if 0 (;@3;)
          local.get 1
          i32.load offset=68
          local.set 6
          loop  ;; label = @4
            local.get 6
            local.get 0
            i32.add
            i32.const 32
            local.get 2
            i32.load8_u
            local.tee 5
            local.get 5
            i32.const 10
            i32.eq
            select
            i32.store8
            local.get 2
            i32.const 1
            i32.add
            local.set 2
            local.get 0
            i32.const 1
            i32.add
            local.set 0
            local.get 3
            i32.const -1
            i32.add
            local.tee 3
            br_if 0 (;@4;)
          end
        end
        local.get 1
        local.get 0
        i32.store offset=72
        i32.const 0
        local.get 1
        i32.load offset=68
        local.get 0
        call 0
        local.get 1
        i32.const 64
        i32.add
        call 105
        local.get 1
        i32.const 8
        i32.add
        call 105
        local.get 1
        i32.const 80
        i32.add
        global.set 0
        return
      end
      i32.const 82104
      i32.const 55
      local.get 1
      i32.const 79
      i32.add
      i32.const 82088
      i32.const 82160
      call 66
      unreachable
    end
    local.get 0
    local.get 1
    i32.load offset=40
    call 26
    unreachable)
  (func (;143;) (type 0) (param i32 i32 i32)
    block  ;; label = @1
      local.get 2
      i32.eqz
      br_if 0 (;@1;)
      local.get 1
      local.get 2
      call 41
      local.set 1
    end
    local.get 0
    local.get 2
    i32.store offset=4
    local.get 0
    local.get 1
    i32.store)
  (func (;144;) (type 1) (param i32 i32 i32) (result i32)
    local.get 0
    local.get 1
    local.get 2
    call 76
    i32.const 0)
  (func (;145;) (type 2) (param i32 i32) (result i32)
    (local i32 i32 i32 i32 i32 i32)
    block  ;; label = @1
      block  ;; label = @2
        local.get 1
        i32.const 128
        i32.lt_u
        local.tee 2
        i32.eqz
        br_if 0 (;@2;)
        i32.const 1
        local.set 3
        br 1 (;@1;)
      end
      block  ;; label = @2
        local.get 1
        i32.const 2048
        i32.ge_u
        br_if 0 (;@2;)
        i32.const 2
        local.set 3
        br 1 (;@1;)
      end
      i32.const 3
      i32.const 4
      local.get 1
      i32.const 65536
      i32.lt_u
      select
      local.set 3
    end
    local.get 0
    i32.load offset=8
    local.set 4
    local.get 0
    local.get 3
    call 126
    local.get 0
    i32.load offset=4
    local.get 0
    i32.load offset=8
    i32.add
    local.set 5
    block  ;; label = @1
      block  ;; label = @2
        local.get 2
        br_if 0 (;@2;)
        local.get 1
        i32.const 63
        i32.and
        i32.const -128
        i32.or
        local.set 2
        local.get 1
        i32.const 6
        i32.shr_u
        local.set 6
        block  ;; label = @3
          local.get 1
          i32.const 2048
          i32.ge_u
          br_if 0 (;@3;)
          local.get 5
          local.get 2
          i32.store8 offset=1
          local.get 5
          local.get 6
          i32.const 192
          i32.or
          i32.store8
          br 2 (;@1;)
        end
        local.get 1
        i32.const 12
        i32.shr_u
        local.set 7
        local.get 6
        i32.const 63
        i32.and
        i32.const -128
        i32.or
        local.set 6
        block  ;; label = @3
          local.get 1
          i32.const 65535
          i32.gt_u
          br_if 0 (;@3;)
          local.get 5
          local.get 2
          i32.store8 offset=2
          local.get 5
          local.get 6
          i32.store8 offset=1
          local.get 5
          local.get 7
          i32.const 224
          i32.or
          i32.store8
          br 2 (;@1;)
        end
        local.get 5
        local.get 2
        i32.store8 offset=3
        local.get 5
        local.get 6
        i32.store8 offset=2
        local.get 5
        local.get 7
        i32.const 63
        i32.and
        i32.const -128
        i32.or
        i32.store8 offset=1
        local.get 5
        local.get 1
        i32.const 18
        i32.shr_u
        i32.const -16
        i32.or
        i32.store8
        br 1 (;@1;)
      end
      local.get 5
      local.get 1
      i32.store8
    end
    local.get 0
    local.get 3
    local.get 4
    i32.add
    i32.store offset=8
    i32.const 0)
  (func (;146;) (type 1) (param i32 i32 i32) (result i32)
    local.get 0
    i32.const 82236
    local.get 1
    local.get 2
    call 49)
  (func (;147;) (type 3) (param i32 i32)
    local.get 0
    i32.const 0
    i32.store)
  (func (;148;) (type 8) (param i32 i32 i32 i32 i32 i32)
    (local i32 i32)
    global.get 0
    i32.const 32
    i32.sub
    local.tee 6
    global.set 0
    i32.const 0
    i32.const 0
    i32.load offset=82456
    local.tee 7
    i32.const 1
    i32.add
    i32.store offset=82456
    block  ;; label = @1
      local.get 7
      i32.const 0
      i32.lt_s
      br_if 0 (;@1;)
      block  ;; label = @2
        i32.const 0
        i32.load8_u offset=82444
        br_if 0 (;@2;)
        i32.const 0
        i32.const 1
        i32.store8 offset=82444
        i32.const 0
        i32.const 0
        i32.load offset=82440
        i32.const 1
        i32.add
        i32.store offset=82440
        i32.const 0
        i32.load offset=82448
        local.tee 7
        i32.const -1
        i32.le_s
        br_if 1 (;@1;)
        i32.const 0
        local.get 7
        i32.const 1
        i32.add
        i32.store offset=82448
        block  ;; label = @3
          i32.const 0
          i32.load offset=82452
          i32.eqz
          br_if 0 (;@3;)
          local.get 6
          i32.const 8
          i32.add
          local.get 0
          local.get 1
          call_indirect (type 3)
          local.get 6
          local.get 5
          i32.store8 offset=29
          local.get 6
          local.get 4
          i32.store8 offset=28
          local.get 6
          local.get 3
          i32.store offset=24
          local.get 6
          local.get 6
          i64.load offset=8
          i64.store offset=16 align=4
          local.get 6
          i32.const 16
          i32.add
          call 142
          i32.const 0
          i32.load offset=82448
          i32.const -1
          i32.add
          local.set 7
        end
        i32.const 0
        local.get 7
        i32.store offset=82448
        i32.const 0
        i32.const 0
        i32.store8 offset=82444
        local.get 4
        i32.eqz
        br_if 1 (;@1;)
        call 149
        unreachable
      end
      local.get 6
      local.get 0
      local.get 2
      call_indirect (type 3)
    end
    unreachable)
  (func (;149;) (type 7)
    unreachable)
  (func (;150;) (type 3) (param i32 i32)
    local.get 0
    i32.const 0
    i64.load offset=82292 align=4
    i64.store offset=8 align=4
    local.get 0
    i32.const 0
    i64.load offset=82284 align=4
    i64.store align=4)
  (func (;151;) (type 3) (param i32 i32)
    i32.const 0
    i32.const 1
    i32.store8 offset=82460
    unreachable)
  (func (;152;) (type 13) (param i32)
    local.get 0
    call 153
    unreachable)
  (func (;153;) (type 13) (param i32)
    (local i32 i32 i32)
    global.get 0
    i32.const 16
    i32.sub
    local.tee 1
    global.set 0
    block  ;; label = @1
      local.get 0
      i32.load
      local.tee 2
      i32.load offset=4
      local.tee 3
      i32.const 1
      i32.and
      i32.eqz
      br_if 0 (;@1;)
      local.get 2
      i32.load
      local.set 2
      local.get 1
      local.get 3
      i32.const 1
      i32.shr_u
      i32.store offset=4
      local.get 1
      local.get 2
      i32.store
      local.get 1
      i32.const 14
      i32.const 15
      local.get 0
      i32.load offset=4
      local.get 0
      i32.load offset=8
      local.tee 0
      i32.load8_u offset=8
      local.get 0
      i32.load8_u offset=9
      call 148
      unreachable
    end
    local.get 1
    i32.const -2147483648
    i32.store
    local.get 1
    local.get 0
    i32.store offset=12
    local.get 1
    i32.const 16
    i32.const 17
    local.get 0
    i32.load offset=4
    local.get 0
    i32.load offset=8
    local.tee 0
    i32.load8_u offset=8
    local.get 0
    i32.load8_u offset=9
    call 148
    unreachable)
  (func (;154;) (type 3) (param i32 i32)
    local.get 0
    i32.const 82384
    i32.store offset=4
    local.get 0
    local.get 1
    i32.store)
  (func (;155;) (type 3) (param i32 i32)
    local.get 0
    local.get 1
    i64.load align=4
    i64.store)
  (func (;156;) (type 3) (param i32 i32)
    (local i32 i32 i64)
    global.get 0
    i32.const 32
    i32.sub
    local.tee 2
    global.set 0
    block  ;; label = @1
      local.get 1
      i32.load
      i32.const -2147483648
      i32.ne
      br_if 0 (;@1;)
      local.get 1
      i32.load offset=12
      local.set 3
      local.get 2
      i32.const 0
      i32.store offset=28
      local.get 2
      i64.const 4294967296
      i64.store offset=20 align=4
      local.get 2
      i32.const 20
      i32.add
      i32.const 82260
      local.get 3
      i32.load
      local.tee 3
      i32.load
      local.get 3
      i32.load offset=4
      call 49
      drop
      local.get 2
      local.get 2
      i32.load offset=28
      local.tee 3
      i32.store offset=16
      local.get 2
      local.get 2
      i64.load offset=20 align=4
      local.tee 4
      i64.store offset=8
      local.get 1
      local.get 3
      i32.store offset=8
      local.get 1
      local.get 4
      i64.store align=4
    end
    local.get 0
    i32.const 82412
    i32.store offset=4
    local.get 0
    local.get 1
    i32.store
    local.get 2
    i32.const 32
    i32.add
    global.set 0)
  (func (;157;) (type 0) (param i32 i32 i32)
    (local i32)
    global.get 0
    i32.const 16
    i32.sub
    local.tee 3
    global.set 0
    block  ;; label = @1
      local.get 2
      local.get 1
      i32.add
      local.tee 1
      local.get 2
      i32.ge_u
      br_if 0 (;@1;)
      i32.const 0
      i32.const 0
      call 26
      unreachable
    end
    local.get 3
    i32.const 4
    i32.add
    local.get 0
    i32.load
    local.tee 2
    local.get 0
    i32.load offset=4
    local.get 1
    local.get 2
    i32.const 1
    i32.shl
    local.tee 2
    local.get 1
    local.get 2
    i32.gt_u
    select
    local.tee 2
    i32.const 8
    local.get 2
    i32.const 8
    i32.gt_u
    select
    local.tee 2
    call 158
    block  ;; label = @1
      local.get 3
      i32.load offset=4
      i32.const 1
      i32.ne
      br_if 0 (;@1;)
      local.get 3
      i32.load offset=8
      local.get 3
      i32.load offset=12
      call 26
      unreachable
    end
    local.get 3
    i32.load offset=8
    local.set 1
    local.get 0
    local.get 2
    i32.store
    local.get 0
    local.get 1
    i32.store offset=4
    local.get 3
    i32.const 16
    i32.add
    global.set 0)
  (func (;158;) (type 4) (param i32 i32 i32 i32)
    (local i32)
    i32.const 0
    local.set 4
    block  ;; label = @1
      block  ;; label = @2
        local.get 3
        i32.const 0
        i32.ge_s
        br_if 0 (;@2;)
        i32.const 1
        local.set 1
        i32.const 4
        local.set 2
        br 1 (;@1;)
      end
      block  ;; label = @2
        block  ;; label = @3
          local.get 1
          i32.eqz
          br_if 0 (;@3;)
          local.get 2
          local.get 1
          i32.const 1
          local.get 3
          call 40
          local.set 4
          br 1 (;@2;)
        end
        i32.const 1
        local.get 3
        call 41
        local.set 4
      end
      block  ;; label = @2
        block  ;; label = @3
          local.get 4
          br_if 0 (;@3;)
          i32.const 1
          local.set 1
          local.get 0
          i32.const 1
          i32.store offset=4
          br 1 (;@2;)
        end
        local.get 0
        local.get 4
        i32.store offset=4
        i32.const 0
        local.set 1
      end
      i32.const 8
      local.set 2
      local.get 3
      local.set 4
    end
    local.get 0
    local.get 2
    i32.add
    local.get 4
    i32.store
    local.get 0
    local.get 1
    i32.store)
  (func (;159;) (type 3) (param i32 i32)
    local.get 0
    i32.const 0
    i64.load offset=82308 align=4
    i64.store offset=8 align=4
    local.get 0
    i32.const 0
    i64.load offset=82300 align=4
    i64.store align=4)
  (func (;160;) (type 1) (param i32 i32 i32) (result i32)
    (local i32)
    block  ;; label = @1
      block  ;; label = @2
        block  ;; label = @3
          local.get 2
          local.get 0
          i32.load
          local.get 0
          i32.load offset=8
          local.tee 3
          i32.sub
          i32.le_u
          br_if 0 (;@3;)
          local.get 0
          local.get 3
          local.get 2
          call 157
          local.get 0
          i32.load offset=8
          local.set 3
          br 1 (;@2;)
        end
        local.get 2
        i32.eqz
        br_if 1 (;@1;)
      end
      local.get 2
      i32.eqz
      br_if 0 (;@1;)
      local.get 0
      i32.load offset=4
      local.get 3
      i32.add
      local.get 1
      local.get 2
      memory.copy
    end
    local.get 0
    local.get 3
    local.get 2
    i32.add
    i32.store offset=8
    i32.const 0)
  (func (;161;) (type 2) (param i32 i32) (result i32)
    (local i32 i32 i32 i32 i32 i32)
    local.get 0
    i32.load offset=8
    local.set 2
    block  ;; label = @1
      block  ;; label = @2
        local.get 1
        i32.const 128
        i32.ge_u
        br_if 0 (;@2;)
        i32.const 1
        local.set 3
        br 1 (;@1;)
      end
      block  ;; label = @2
        local.get 1
        i32.const 2048
        i32.ge_u
        br_if 0 (;@2;)
        i32.const 2
        local.set 3
        br 1 (;@1;)
      end
      i32.const 3
      i32.const 4
      local.get 1
      i32.const 65536
      i32.lt_u
      select
      local.set 3
    end
    local.get 2
    local.set 4
    block  ;; label = @1
      local.get 3
      local.get 0
      i32.load
      local.get 2
      i32.sub
      i32.le_u
      br_if 0 (;@1;)
      local.get 0
      local.get 2
      local.get 3
      call 157
      local.get 0
      i32.load offset=8
      local.set 4
    end
    local.get 0
    i32.load offset=4
    local.get 4
    i32.add
    local.set 4
    block  ;; label = @1
      block  ;; label = @2
        local.get 1
        i32.const 128
        i32.lt_u
        br_if 0 (;@2;)
        local.get 1
        i32.const 63
        i32.and
        i32.const -128
        i32.or
        local.set 5
        local.get 1
        i32.const 6
        i32.shr_u
        local.set 6
        block  ;; label = @3
          local.get 1
          i32.const 2048
          i32.ge_u
          br_if 0 (;@3;)
          local.get 4
          local.get 5
          i32.store8 offset=1
          local.get 4
          local.get 6
          i32.const 192
          i32.or
          i32.store8
          br 2 (;@1;)
        end
        local.get 1
        i32.const 12
        i32.shr_u
        local.set 7
        local.get 6
        i32.const 63
        i32.and
        i32.const -128
        i32.or
        local.set 6
        block  ;; label = @3
          local.get 1
          i32.const 65535
          i32.gt_u
          br_if 0 (;@3;)
          local.get 4
          local.get 5
          i32.store8 offset=2
          local.get 4
          local.get 6
          i32.store8 offset=1
          local.get 4
          local.get 7
          i32.const 224
          i32.or
          i32.store8
          br 2 (;@1;)
        end
        local.get 4
        local.get 5
        i32.store8 offset=3
        local.get 4
        local.get 6
        i32.store8 offset=2
        local.get 4
        local.get 7
        i32.const 63
        i32.and
        i32.const -128
        i32.or
        i32.store8 offset=1
        local.get 4
        local.get 1
        i32.const 18
        i32.shr_u
        i32.const -16
        i32.or
        i32.store8
        br 1 (;@1;)
      end
      local.get 4
      local.get 1
      i32.store8
    end
    local.get 0
    local.get 3
    local.get 2
    i32.add
    i32.store offset=8
    i32.const 0)
  (func (;162;) (type 1) (param i32 i32 i32) (result i32)
    local.get 0
    i32.const 82260
    local.get 1
    local.get 2
    call 49)
  (func (;163;) (type 3) (param i32 i32)
    local.get 0
    local.get 1
    call 151
    unreachable)
  (func (;164;) (type 1) (param i32 i32 i32) (result i32)
    (local i32 i32 i32)
    i32.const 0
    local.set 3
    block  ;; label = @1
      local.get 2
      i32.eqz
      br_if 0 (;@1;)
      block  ;; label = @2
        loop  ;; label = @3
          local.get 0
          i32.load8_u
          local.tee 4
          local.get 1
          i32.load8_u
          local.tee 5
          i32.ne
          br_if 1 (;@2;)
          local.get 0
          i32.const 1
          i32.add
          local.set 0
          local.get 1
          i32.const 1
          i32.add
          local.set 1
          local.get 2
          i32.const -1
          i32.add
          local.tee 2
          i32.eqz
          br_if 2 (;@1;)
          br 0 (;@3;)
        end
      end
      local.get 4
      local.get 5
      i32.sub
      local.set 3
    end
    local.get 3)
  (func (;165;) (type 19) (param i32 i64 i64 i64 i64)
    (local i64 i64 i64 i64 i64 i64)
    local.get 0
    local.get 3
    i64.const 4294967295
    i64.and
    local.tee 5
    local.get 1
    i64.const 4294967295
    i64.and
    local.tee 6
    i64.mul
    local.tee 7
    local.get 3
    i64.const 32
    i64.shr_u
    local.tee 8
    local.get 6
    i64.mul
    local.tee 6
    local.get 5
    local.get 1
    i64.const 32
    i64.shr_u
    local.tee 9
    i64.mul
    i64.add
    local.tee 5
    i64.const 32
    i64.shl
    i64.add
    local.tee 10
    i64.store
    local.get 0
    local.get 8
    local.get 9
    i64.mul
    local.get 5
    local.get 6
    i64.lt_u
    i64.extend_i32_u
    i64.const 32
    i64.shl
    local.get 5
    i64.const 32
    i64.shr_u
    i64.or
    i64.add
    local.get 10
    local.get 7
    i64.lt_u
    i64.extend_i32_u
    i64.add
    local.get 4
    local.get 1
    i64.mul
    local.get 3
    local.get 2
    i64.mul
    i64.add
    i64.add
    i64.store offset=8)
  (table (;0;) 40 40 funcref)
  (memory (;0;) 2)
  (global (;0;) (mut i32) (i32.const 65536))
  (global (;1;) i32 (i32.const 82464))
  (global (;2;) i32 (i32.const 82461))
  (export "memory" (memory 0))
  (export "lavastack_abi_version" (func 27))
  (export "lavastack_alloc" (func 28))
  (export "__heap_base" (global 1))
  (export "select_node" (func 31))
  (export "select_node_packed" (func 34))
  (export "__data_end" (global 2))
  (elem (;0;) (i32.const 1) func 59 32 94 135 35 52 50 69 120 122 123 124 141 154 155 156 147 45 46 47 48 44 54 55 56 105 144 138 146 137 140 119 121 145 160 161 162 150 159)
  (data (;0;) (i32.const 65536) "panicnone\c0\01:\c0\01:\c0\00\16slice index starts at \c0\0d but ends at \c0\00 index out of bounds: the len is \c0\12 but the index is \c0\00\12range start index \c0\22 out of range for slice of length \c0\00\10range end index \c0\22 out of range for slice of length \c0\00\c0\09 at byte \c0\00\10duplicate field \c0\00\09expected \c0\00\c0\02: \c0\00\04the \c0$ table lies outside the packed input\00/rustc/59807616e1fa2540724bfbac14d7976d7e4a3860/library/core/src/slice/sort/shared/smallsort.rs\00/rustc/59807616e1fa2540724bfbac14d7976d7e4a3860/library/core/src/slice/sort/stable/quicksort.rs\00/rustc/59807616e1fa2540724bfbac14d7976d7e4a3860/library/alloc/src/fmt.rs\00/rustc/59807616e1fa2540724bfbac14d7976d7e4a3860/library/core/src/num/dec2flt/decimal_seq.rs\00/rustc/59807616e1fa2540724bfbac14d7976d7e4a3860/library/alloc/src/string.rs\00/rustc/59807616e1fa2540724bfbac14d7976d7e4a3860/library/std/src/panicking.rs\00/rustc/59807616e1fa2540724bfbac14d7976d7e4a3860/library/core/src/num/dec2flt/parse.rs\00/rustc/59807616e1fa2540724bfbac14d7976d7e4a3860/library/core/src/slice/mod.rs\00/rustc/59807616e1fa2540724bfbac14d7976d7e4a3860/library/alloc/src/raw_vec/mod.rs\00sdk/src/packed.rs\00sdk/src/read.rs\00sdk/src/lib.rs\00test-guests/panic-probe/src/lib.rs\00\1basked to panic (first node \c0\01)\00\11expected ',' or '\c0\01'\00\0aexpected '\c0\01'\00\00\00b\04\01\00\22\00\00\00\0e\00\00\00\09\00\00\00mid > len\00\00\00\92\03\01\00M\00\00\00\f2\03\00\00\1c\00\00\00\92\03\01\00M\00\00\00\f3\03\00\00\1c\00\00\00\92\03\01\00M\00\00\00\f7\03\00\00 \00\00\00\92\03\01\00M\00\00\00\f7\03\00\00+\00\00\00\9e\01\01\00_\00\00\00M\00\00\00\1f\00\00\00\9e\01\01\00_\00\00\00G\00\00\00\17\00\00\00capacity overflow\00\00\00\e0\03\01\00P\00\00\00\1c\00\00\00\05\00\00\00\12\00\00\00\0c\00\00\00\04\00\00\00\13\00\00\00\14\00\00\00\15\00\00\00\00\00\00\00\00\00\00\00\01\00\00\00\16\00\00\00a formatting trait implementation returned an error when the underlying stream did not\00\00\fe\01\01\00H\00\00\00\8f\02\00\00\0e\00\00\00\00\00\00\00\01\00\00\00\00\00\00\00\0a\00\00\00\00\00\00\00d\00\00\00\00\00\00\00\e8\03\00\00\00\00\00\00\10'\00\00\00\00\00\00\a0\86\01\00\00\00\00\00@B\0f\00\00\00\00\00\80\96\98\00\00\00\00\00\00\e1\f5\05\00\00\00\00\00\ca\9a;\00\00\00\00\00\e4\0bT\02\00\00\00\00\e8vH\17\00\00\00\00\10\a5\d4\e8\00\00\00\00\a0rN\18\09\00\00\00@z\10\f3Z\00\00\00\80\c6\a4~\8d\03\00\00\03\06\09\0d\10\13\17\1a\1d!$'+.158; { , :  {\0a,\0a((\0a}) }\00\00\00\00\00\00\0c\00\00\00\04\00\00\00\17\00\00\00\18\00\00\00\19\00\00\00G\02\01\00[\00\00\00V\00\00\00'\00\00\00G\02\01\00[\00\00\00\88\00\00\00\13\00\00\00G\02\01\00[\00\00\00\b0\00\00\00 \00\00\00G\02\01\00[\00\00\00\c7\00\00\00%\00\00\0000010203040506070809101112131415161718192021222324252627282930313233343536373839404142434445464748495051525354555657585960616263646566676869707172737475767778798081828384858687888990919293949596979899\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\02\02\02\02\02\02\02\02\02\02\02\02\02\02\02\02\02\02\02\02\02\02\02\02\02\02\02\02\02\02\03\03\03\03\03\03\03\03\03\03\03\03\03\03\03\03\04\04\04\04\04\00\00\00\00\00\00\00\00\00\00\00G\02\01\00[\00\00\00\f4\00\00\00\15\00\00\00G\02\01\00[\00\00\00\ff\00\00\00\18\00\00\00\00\00\00\08\01\08\03\08\06\10\09\10\0d\10\12\18\17\18\1d\18$ + 3 < F(P([(g0s0\800\8e8\9c8\ab8\bb8\cc@\dd@\ef@\02I\15I)I>QSQiQ\80Q\98Y\b0Y\c9Y\e3a\fda\18b4jPjmj\8bj\aar\c9r\e9r\0a{+{M{p\83\93\83\b7\83\dc\83\02\8c(\8cO\8cw\94\9f\94\c8\94\f2\9c\1c\05\1c\05\1c\05\1c\05\05\02\05\01\02\05\06\02\05\03\01\02\05\01\05\06\02\05\07\08\01\02\05\03\09\00\06\02\05\01\09\05\03\01\02\05\09\07\06\05\06\02\05\04\08\08\02\08\01\02\05\02\04\04\01\04\00\06\02\05\01\02\02\00\07\00\03\01\02\05\06\01\00\03\05\01\05\06\02\05\03\00\05\01\07\05\07\08\01\02\05\01\05\02\05\08\07\08\09\00\06\02\05\07\06\02\09\03\09\04\05\03\01\02\05\03\08\01\04\06\09\07\02\06\05\06\02\05\01\09\00\07\03\04\08\06\03\02\08\01\02\05\09\05\03\06\07\04\03\01\06\04\00\06\02\05\04\07\06\08\03\07\01\05\08\02\00\03\01\02\05\02\03\08\04\01\08\05\07\09\01\00\01\05\06\02\05\01\01\09\02\00\09\02\08\09\05\05\00\07\08\01\02\05\05\09\06\00\04\06\04\04\07\07\05\03\09\00\06\02\05\02\09\08\00\02\03\02\02\03\08\07\06\09\05\03\01\02\05\01\04\09\00\01\01\06\01\01\09\03\08\04\07\06\05\06\02\05\07\04\05\00\05\08\00\05\09\06\09\02\03\08\02\08\01\02\05\03\07\02\05\02\09\00\02\09\08\04\06\01\09\01\04\00\06\02\05\01\08\06\02\06\04\05\01\04\09\02\03\00\09\05\07\00\03\01\02\05\09\03\01\03\02\02\05\07\04\06\01\05\04\07\08\05\01\05\06\02\05\04\06\05\06\06\01\02\08\07\03\00\07\07\03\09\02\05\07\08\01\02\05\02\03\02\08\03\00\06\04\03\06\05\03\08\06\09\06\02\08\09\00\06\02\05\01\01\06\04\01\05\03\02\01\08\02\06\09\03\04\08\01\04\04\05\03\01\02\05\05\08\02\00\07\06\06\00\09\01\03\04\06\07\04\00\07\02\02\06\05\06\02\05\02\09\01\00\03\08\03\00\04\05\06\07\03\03\07\00\03\06\01\03\02\08\01\02\05\01\04\05\05\01\09\01\05\02\02\08\03\06\06\08\05\01\08\00\06\06\04\00\06\02\05\07\02\07\05\09\05\07\06\01\04\01\08\03\04\02\05\09\00\03\03\02\00\03\01\02\05\03\06\03\07\09\07\08\08\00\07\00\09\01\07\01\02\09\05\01\06\06\00\01\05\06\02\05\01\08\01\08\09\08\09\04\00\03\05\04\05\08\05\06\04\07\05\08\03\00\00\07\08\01\02\05\09\00\09\04\09\04\07\00\01\07\07\02\09\02\08\02\03\07\09\01\05\00\03\09\00\06\02\05\04\05\04\07\04\07\03\05\00\08\08\06\04\06\04\01\01\08\09\05\07\05\01\09\05\03\01\02\05\02\02\07\03\07\03\06\07\05\04\04\03\02\03\02\00\05\09\04\07\08\07\05\09\07\06\05\06\02\05\01\01\03\06\08\06\08\03\07\07\02\01\06\01\06\00\02\09\07\03\09\03\07\09\08\08\02\08\01\02\05\05\06\08\04\03\04\01\08\08\06\00\08\00\08\00\01\04\08\06\09\06\08\09\09\04\01\04\00\06\02\05\02\08\04\02\01\07\00\09\04\03\00\04\00\04\00\00\07\04\03\04\08\04\04\09\07\00\07\00\03\01\02\05\01\04\02\01\00\08\05\04\07\01\05\02\00\02\00\00\03\07\01\07\04\02\02\04\08\05\03\05\01\05\06\02\05\07\01\00\05\04\02\07\03\05\07\06\00\01\00\00\01\08\05\08\07\01\01\02\04\02\06\07\05\07\08\01\02\05\03\05\05\02\07\01\03\06\07\08\08\00\00\05\00\00\09\02\09\03\05\05\06\02\01\03\03\07\08\09\00\06\02\05\01\07\07\06\03\05\06\08\03\09\04\00\00\02\05\00\04\06\04\06\07\07\08\01\00\06\06\08\09\04\05\03\01\02\05\08\08\08\01\07\08\04\01\09\07\00\00\01\02\05\02\03\02\03\03\08\09\00\05\03\03\04\04\07\02\06\05\06\02\05\04\04\04\00\08\09\02\00\09\08\05\00\00\06\02\06\01\06\01\06\09\04\05\02\06\06\07\02\03\06\03\02\08\01\02\05\02\02\02\00\04\04\06\00\04\09\02\05\00\03\01\03\00\08\00\08\04\07\02\06\03\03\03\06\01\08\01\06\04\00\06\02\05\01\01\01\00\02\02\03\00\02\04\06\02\05\01\05\06\05\04\00\04\02\03\06\03\01\06\06\08\00\09\00\08\02\00\03\01\02\05\05\05\05\01\01\01\05\01\02\03\01\02\05\07\08\02\07\00\02\01\01\08\01\05\08\03\04\00\04\05\04\01\00\01\05\06\02\05\02\07\07\05\05\05\07\05\06\01\05\06\02\08\09\01\03\05\01\00\05\09\00\07\09\01\07\00\02\02\07\00\05\00\07\08\01\02\05\01\03\08\07\07\07\08\07\08\00\07\08\01\04\04\05\06\07\05\05\02\09\05\03\09\05\08\05\01\01\03\05\02\05\03\09\00\06\02\05\06\09\03\08\08\09\03\09\00\03\09\00\07\02\02\08\03\07\07\06\04\07\06\09\07\09\02\05\05\06\07\06\02\06\09\05\03\01\02\05\03\04\06\09\04\04\06\09\05\01\09\05\03\06\01\04\01\08\08\08\02\03\08\04\08\09\06\02\07\08\03\08\01\03\04\07\06\05\06\02\05\01\07\03\04\07\02\03\04\07\05\09\07\06\08\00\07\00\09\04\04\01\01\09\02\04\04\08\01\03\09\01\09\00\06\07\03\08\02\08\01\02\05\08\06\07\03\06\01\07\03\07\09\08\08\04\00\03\05\04\07\02\00\05\09\06\02\02\04\00\06\09\05\09\05\03\03\06\09\01\04\00\06\02\05\00\00G\02\01\00[\00\00\00q\01\00\00\13\00\00\00<\03\01\00U\00\00\00\ad\00\00\00\13\00\00\00Z\d6;\92\d6S\f4\ee?;\a1\06)\aa?\11\f8ee\1bf\b4X\95\07\c5$\a4Y\ca\c7Jv\bf>\a2\7f\e1\ae\baI\f6-\0d\f0\bcy]So\ce\8a\df\99Z\e9\dcsy\10,,\d8\f4\94\05\c1\b6+\a0\d8\91i\e8K\8a\9b\1b\07y\f9Fq\a46\c8N\b6\84\e2\del\82\e2H\97\b7\98\8dMDz\e2\e3%\9b\16\08#\1b\1b\fdr\7fx\b0j\8cm\8e\f7 \0e\e5\f5\f00\feO\9f\96\5c\85\ef\08\b25\a9Q^3-\bd\bd#G\bc\b3f+\8b\de\82\13\e65\80x,\adv\acU0 \fb\16\8b1\cc\af!P\cb;L\93\17k<\e8\b9\dc\ad=\bf\1b*$\beJ\dfx\dd\85Kb\e8S\d9\0d\af\a24\adm\1d\d7k\aa3o=q\d4\87h\ad\e5@\8cdr\86\06\95\00\cb\8c\8d\c9\a9\c2\18\1fQ\af\fd\0ehH\ba\c0\fd\ef\f0;\d4\f2\def%\1b\bd\12\02mt\98\fe\95v\a5\84WK`\f70\b6K\01\88\91>~;\d4\ce\a5-^85\bd\a3\9eA\ea5\ce]J\89B\cf\b9u\86\82\acL\06R\b2\e1\a0z\ce\95\89\81\93\09\94\d1\eb\efCs\1f\1aI\19B\fb\eb\a1\f8\0b\f9\c5\e6\eb\14\10\a6`\9b\9f\12\faf\ca\f6Nww\e0&\1a\d4\d08\82G\97\b8\00\fd\b4\22U\95\98\b0 \89\82c\b1\8c^s \9e\b05U]_n\b4Ub\bc\dd/6\90\a8\c5\1d\83\aa4\f7\89!\eb{+\d5\bbC\b4\12\f7\e4#\d5\01u\ec\e9\a5-;eU\aa\b0k\9an6%!\c93\b2G\f8\89\be\ea\d4\9c\06\c1\0a\84ni\bb\c0\9e\99v,n%\0aDH\f1\0d%\caC\eap\06\c0\ca\dbdW\86*\cd\96(W^j\92\06\048\bc\12>\ed'u\80\bc\f2\ec\f5\047\08\05\c6k\97\8d\e8q\92\a0\eb.h3\c6DJ\86\f7\a3~X1\87[D\93\1d!\e0\fbj\ee\b3zL\9e\ae\fdhr\15\b8d)\d8\ba\05\ea`Y\dfE\1a=\03\cf\1a\e6\bd3\8e)\87$\b9o\abk0\06b\c1\d0\8fV\e0\f8y\d4\b6\d3\a5\96\86\bc\87\ba\f1\c4\b3l\18w\98\89\a4H\8f<\a8\ab)).\b6\e0\87\de\94\fe\ab\cd\1a3%I\0b\ba\d9\dcq\8c\14\0b\1d\7f\8b\c0\f0\9fo\1b\8e(\10T\8e\af\d9M\e4^\ae\f0\ec\07J\a2\b12\14\e9q\dbPa\9d\f6\d9,\e8\c9n\05\af\9f\ac1'\89\d2\5c\22:\08\1c1\be\ca\c6\9a\c7\17\fep\ab\06\f4\aaH\0ac\bdm}x\81\b9\9d=M\d6\08\b1\d5\da\cc\bb,\09N\eb\f0\93\82F\f0\85\a5\8e\c5\08`\f5\bb%!&\ed8#Xl\a7N\f2\f6\0a\b8\f2*\af\aao(\07,nG\d1\e1\ae\b4\0df\af\f5\1a\caEy\84\db\a4\cc\82M\ed\90\c8\9f\8d\d9P<\97\97e\12\ce\7f\a3\a0(\b5\ba\07\f1\0f\e5\0c}\fd\fe\96\c1_\cc\c8rb\a9I\edS\1eO\dc\bc\be\fc\b1w\ffz\0f\bb\13\9c\e8\e8%\b1\096\f7=\cf\aa\9f\ac\e9T\8ca\91\b1w\1d\8c\03u\0d\83\95\c7\17$j\ef\b9\f5\9d\d5%oD\d2\d0\e3z\f9\1d\adDk(s\05Kw\c5j\83b\ce\ec\9b2\ec\0aC\f9g\e3N\d5vE$\fb\01\e8\c2?\a7\cd\93\f7A\9c\22\8a\d4V\edy\02\a2\f3\0f\11\c1xuRCk\d6DV4\8cAE\98\a9\aaxk\89\13\0a\83\0c\d6kA\ef\91V\beS\d5V\c6k\98\cc#\8f\cb\c6\11k6\ec\ed\a8\8a\ec\b7\86\be\bf,9?\1c\eb\02\a2\b3\94\a9\d6\f32\14\d7\f7{\07O\e3\a5\83\8a\e0\b9S\cc\b0?\d9\cc\f5\da\c9\22\5c\8f$\adX\e8h\ff\9c\8f\0f@\b3\d1\be\95\99\d96l7\91\a1\1f\c2\b9\09\08\10#-\fb\ff\8fDG\85\b5\8a\a72(\0c\0a\d4\ab\f9\f9\ff\b3\15\99\e6\e2lQ?2\8f\0c\c9\16;\fc\7f\90\ad\1f\d0\8d\e3\92g\7f\d9\a7=\aeJ\fb\9f\f4\98'D\b1\9cwA\df\cf\11\cd\99\1d\fa\c71\7f1\95\dd\83\d5\11\d7CV@@R\fc\1c\7f\ef>}\8ar%kf\ea5(Hf;\e4^\ab\8e\1c\ad\cf\ee\05\00eC2\da@J\9d6V\b2c\d8\82j\07@>\d4\be\90hN\22\e2uO>\87\91\a2\04\e8\a6DwZ\02\e2\aaZS\e3\0d\a96\cb\05\a2\d0\15\15q\83\9aU1(\5cQ\d3\03>\87\caD[Z\0d\91\80\d5\1e\99\d9\12\84\c2\86\94\fe\0ayX\e8\b6\e0\8af\ff\8f\17\a5r\a89\beM\97nb\e3\98-@\ffs]\ce\8f\12\c8-!=\0a\fb\8e\7f\1c\88\7fh\fa\80\99\0b\9d\bc4f\e6|r\9f#j\9f\029\a1\80N\c4\eb\c1\ff\1f\1cN\87\acDGC\87\c9 b\b5f\b2\ff'\a3\22\a9\d7\15\19\14\e9\fb\a8\bab\00\9f\ff\f1K\b5\c9\a6\ad\8f\acq\9d\a9\b4=`\c3?wo\22|\10\99\b3\17\ce\c4\d3!M8\b4\0fU\cb+\9bT\7f\a0\9d\01\f6Hj`F\a1S*~\fb\e0\94O\84\02\c1\99mB\fc\cbDt\da.9\19zc%C1\c0\08S\fb\feU\11\91\fa\88\9fX\bc\ee\93=\f0\ca'\ba~\abU5y\b5c\b75u|&\96\deX4/\8bU\c1K\a2<%\83\92\1b\b0\bb\16o\01\fb\ed\aa\b1\9e\cb\8b\ee#w\22\9c\ea\dc\ca\c1y\a9\15^F_\17uv\8a\95\a1\92\c9\1e\19\ec\89\cd\fa\0b6]\12\14\ed\faI\b7{f\1fg\ec\80\f9\ce\84\f4\16Y\a8y\1c\e5\1a@\e7\80'\e1\b7\82\d2X\ae7\09\cc1\8f\10\88\90\b0\b8\ec\b2\d1\07\ef\99\85\0b?\fe\b2\15\aa\b4\dc\e6\a7\1f\86\c9j\00g\ce\ce\bd\df\9a\d4\e1\93\e0\91\a7g\bdB`\00A\a1\d6\8b\e0$m\5c,\bb\c8\e0mSx@\91I\cc\ae\18n\88s\f7\e9\faXHh\96\90\f5[\7f\da\9e\89jPu\a49\af-\01^zy\99\8f\88\03\96BR\c9\06\84mx\81\f5\d8\d7\7f\b3\aa\83;\d3\a6{\08\e5\c8\d6\e12\cf\cd_`\d5d\0a\88\90\9aJ\1e\fb&\cd\7f\a1\e0;\5c\85\7f\06U\9a\a0\ee\f2\5co\c0\df\c9\d8J\b3\a6\1eH\ea\c0H\aa/\f4\8b\b0W\fc\8e\1d`\d0&\da$\f1\da\94;\f1W\ce\b6]y\12<\82X\08\b7\d6\08=\c5v\ed\81$\b5\17\17\cb\a2n\cad\0cK\8cvTh\a2m\a2\dd\dc}\cb\09\fd}\cf]/\94\a9\02\0b\09\0b\15T]\feL|]C5;\f9\d3\e1\a6\e5&\8dT\fa\9e\afm\1aJ\01\c5{\c4\9a\10\9fp\b0\e9\b8\c6\1b\09\a1\9cA\b6\9a5\c0\d4\c6\8c\1c$g\f8bK\c9\03\d2c\01\c3\f8D\fc\d7\91v@\9b\1d\cf]Bc\de\e0y6V\fbM6\94\10\c2\e4B\f5\12\fc\15Y\98\c4+z\e1C\b9\94\f2\9d\93\b2\17{[o>Z[\ecl\ca\f3\9c\97B\9c\cf\ee,\99\05\a71r'\08\bd0\84\bdS\83\83*x\ff\c6P\bdN1J\ec<\e5\ec(d$5V\bf\f8\a46\d1^\ae\13F\0f\94\99\be6\e1\95w\1b\87\84\85\f6\99\98\17\13\b9?n\84Y{U\e2(\e5&t\c0~\ddW\e7\cf\89\e5/\da\ea\1a3O\98H8o\ea\96\90!v\ef]\c8\d2\f0?c\beZ\06\0b\a5\bc\b4\a9Skuz\07\ed\0f\fbm\f1\c7M\ce\eb\e1\94(\c6\12YI\e8\d3\bd\e4\f6\9c\f0`3\8d\5c\d9\bb\ab\d7-qd\ec\9d4\c4,9\80\b0\b3\cf\aa\96My\8d\bdg\c5A\f5wG\a0\dc\a0\83U\fc\a0\d7\f0\ec`\1bI\f9\aa,\e4\89Dr\b5\9d\c4\86\16\f49b\9b\b7\d57]\ac\d5\ce\22\c5u(\1c1\c7:\82%\cb\85t\d7\8b\82k6\932c}\bcdq\f7\9e\d3\a8\86\971\03\02\9c\ff]\ae\eb\bdM\b5\86\08S\a8\fc\fd\83\02\83\7f\f5\d9f-\a1b\a8\cag\d2{\fd$\c3c\dfr\d0`\bc\a4=\a9\de\80\83m\1e\f7Y\9e\cbGBx\eb\0d\8dS\16a\a4\08\e6t\f0\85\be\d9RVfQp\e8[y\cd\8b\1f\92l'.\90g\f6\df2Fq\d9k\80\b6S\db\a3\d8\1c\ba\00\f3\97\bf\97\cd\cf\86\a0\a4(\d2\cc\0e\a4\e8\80\f0}\af\fd\c0\83\a8\c8\cd\b2\06\80\12\cd\22al]\1b=\b1\a4\d2\fa\81_\08 W\80kyc\1a1\c6\ee\a6\c3\9c\b0;\05t60\e3\cb\fc`\bdw\aa\90\f4\c3\9c\8a\06\11D\fc\db\be;\b9\ac\15\d5\b4\f1\f4D-H\15U\fb\92\ee\c5\f3\8b-\05\11\17\99J\1cM-\15\dd\1bu\b6\f0\eexF\d5\5c\bf]c\a0xZ\d4b\d2\e4\ac*\17\98\0a4\ef4|\c8\16q\89\fb\86\0e\acz\0e\9f\86\80\95\a0M=\ae\e65]\d4\12W\19\d2F\a8\e0\ba\09\a1\ccY`\83t\89\d7\ac\9f\86X\d2\98\e9K\c9?p8\a4\d1+\06\cc#Tw\83\ff\91\cf\dd'F\a3\06c{\08\bf,)Ud\7f\b6B\d5\b1\17L\c8;\1a\ca\eewsj=\1f\e4\93J\9e\1d_\ba\ca >\f5*\88b\86\93\8e\9c\ee\82r{\b4~T\8d\b25*\fbg8\b2C\aa#O\9aa\9e\e91\1f\c3\f4\f9\81\c6\de\d4\94\ec\e2\00\fa\05d~\f3\f98<\11<\8b\04\dd\d3\8d@\bc\83\de^p8G\8b\15\0b\aeE\d4H\b1P\ab$\96v\8c\06\19\ee\da\8d\d9W\09\9b\dd$\d6\ad;\c9\17\a4\cf\d4\a8\f8\87\d6\e5\80\0a\d7\a5L\e5\bc\1d\8d\03\0a\d3\f6\a9L\1f!\cdL\cf\9f^+ep\84\cc\87t\d4\1fgi\00 \c3Gv;?\c6\d2\df\d4\c8\84s\e0A\00\f4\d9\ec)\09\cfw\c7\17\0a\fb\a5\90XR\00q\10h\f4\cc\c2U\b9\9d\ccy\cf\b4\eef@\8d\14\82q\bf\99\d5\93\e2\1f\ac\810U@H\d8L\f1\c6/\00\cb8\db'\17\a2|jPZ\0e\a0\ad\b8;\c0\fd\06\d2\f1\9c\ca\1c\85\e4\f0\11\08\d9\a6J0\bd\88F.D\fdc\a6\1dm\16J\8f\90.>v\15\ec\9cJ\9e\fe\872\04N\8eY\9a\ba\cd\d3\1a'D\dd\c5\fd)?\85\e1\f1\ef@(\c1\88\e10\95T\f7|\f4\8e\e6Y\ee+\d1\b9x\f5\8c>\dd\94\9a\ceX\190\f8t\bb\82\e7\d620\8e\14:\c1\01\af\1f<6Rj\e3\a1\8c?\bc\b1\99\88\f1\c1\9a'\cb\c3\e6D\dc\e5\b7\a7\15\0f`\f5\96\b9\c0\f8^:\10\ab)\de\a5\11\db\12\b8\b2\bc\e7\f0\b6\f6H\d4\15tV\0f\d6\91\17f\df\eb!\add4[I\1b\11\95\c9%\bb\ce\9fk\934\ec\be\00\d9\0d\b1\ca\fb;\efi\c2\87F\b8B\a7\ee@OQ]=\fa\0ak\04\b3)X\e6\12Q*\11\a3\a5\b4\0c\dc\e6\c2\e2\0f\1a\f7\8f\abr\ba\ea\85\e7\f0G\93\a0s\db\93\e0\f4\b3V\0fieg!\edY\b8\88P\d2\b8\18\f2\e0,S\c3>\c1ih0sUr\83sO\97\8c\fb\13:\c7\18BA\1e\cf\eaNdP#\bd\af\fa\98\08\f9\9e\92\d1\e5\83\a5b}$l\ac\db9\bfJ\b7F\f7E\dfr\a7]\ce\96\c3K\89\83\b7\8e2\8c\ba\8bkO\11\f5\81|\b4\9e\abde2?/\a9n\06\a2Ur\a2\9ba\86\d6\bd\fe\fe\0e{S\0a\c8\85u\87E\01\fd\13\866__\e9,t\06\bd\e7R\e9\96A\fc\98\a7\047\b7#8\11H,\a0\a7\a3\fcQ;\7f\d1\c5\04\a5,\86\15Z\f7\c4H\e6=\13\85\ef\82\fb\22\e7\dbsM\98\9a\f5\da_\0dXf\ab\a3\ba\eb\e0\d2\d0`>\c1\b3\d1\b7\10\ee?\96\cc\a8&\99\07\05\f9\8d1\1f\c6\e5\94\e9\cf\bb\ffRp\7fIFw\f1\fd\d3\9b\0f\fd\f1a\d5\9f3\a6\ef\ed\8b\ea\b6\fe\c8\82S|n\ba\ca\c7\c0\8fk\e9.\a5d\fe{ch\1b\0ai\bd\f9\b0s\c6\a3z\ce\fd=->!Q\a6a\16\9cN\08\5c\a6\0c\a1\be\06\b8\8di\e5\0f\fa\1b\c3b\0a\f3\cfOInH&\f1\c3\de\93\f8\e2\f3\fa\cc\ef\c3\a3\db\89Z\b7v:k\5c\dbm\98\1c\e0uZF)\96\f8e\14\09\863R\89\be#X\13\f1\97\b3\bb\f6\7fY\8bg\c0\a6+\ee,.X\ed}\a0jt\ef\17\b7@8H\db\94\dc\1cW\b4N\a4\c2\a8\eb\dd\e4PF\1a\12\ba\13\e4labM\f3\92f\15\1e\e5\d7\a0\96\e8\17\1d\c8\f9\ba \b0w`\cd2\ef\86$^\91.\12\1d\dct\14\ce\0a\b8\80\ff\aa\a8\ad\b5\b5\baV$\13\92\99\81\0d\e6`\bf\d5\12\19#\e3il\ed\97\f6\ff\e1\10\8f\9c\97\c5\ab\ef\f5\8d\c1c\f4\1e\fa?\8d\ca\b3\83\fd\b6\96ks\b1\b2|\b1\a6\f8\8f0\bd\a0\e4\bcd|F\d0\dd\de\db]\d0\f6\b3|\ac\e4\0e\f6\be\0d,\a2\8ak\a9:Bz\f0\cdk\9d\92\b3.\11\b7J\ad\c6S\c9\d2\98l\c1\86Dw`z\d5d\9d\d8\b7\a8{\07\bf\c7q\e8\8bJ|l\05_b\87rI\add\d7\1cG\11-]\9b\c7\c6\f6:\a9\cf\9b\d8=\0d\e4\98\d5y4\82yx\b4\89\d3\c3\c2N\8d\10\1d\ffJ\cb`\f1K\cb\106\84\ba9QX*r\df\ce\fe\b8\ed\1e\fe\94C\a5(\88e\ee\b4N\97\c2>'\a9\a6=z\94\ce2\ea\fe)b\22=s\87\b8)\88f\cc\1c\81_R?Z}5\06\08\a8&4*\80\ffc\a1\f7&\cf\b0\dc\c2\07\caR0\c14`\ff\bc\c9\b5\f0\02\dd\93\b3\89\fcg|\f1A8?,\fc\e2\acC\d4x \ac\bb\c0\ed6)\83\a7\9b\9d\0dL\aa\84K\94K\d51\a9\84\f3c\91\02\c5\11\df\d4e^y\9e\0a}\d3e\f0\bc5C\f6\d5\16J\ff\b5\17FM.\a4?\16\96\01\ea\99EN\8e\bf\d1\ceKP9\8d\cf\9b\fb\81d\c0\d6\e1q/\86\c2^\e4\88p\c3\82z\a2}\f0LZN\bb'sv]U&\ba\91\8c\85N\96o\f8\10\d5\f8\07j:\ea\af(\b6\ef&\e2\bb\8b6U\0a\f7\89\04\89\e5\db\b2\a3\ab\b0\da\ea.\84\ea\cct\acE+o\c9OFk\ae\c8\92\9d\92\12\00\c9\8b\0b;\cb\bb\e3\17\06\daz\b7D7\17@\bbn\ce\09\bd\aa\dc\9d\87\90Y\e5\15\05\1d\10j\0aB\cc\b6\ea\a9\c2T\faW\8f-#\12J\82F\a9\9fdeT\f3\e9\f8-\b3\f9\ab\96\dc\22\98\93G\bd~)p$w\f9\df\f7V\bc\93+~xY6\ef\19\c6v\ea\fb\8bZ\b6U<\dbN\ebW\03k\a0w\14\e5\fa\ae\f1#k\0b\92\22\e6\ed\c4\85\88\95Y\9e\b9\da\ed\ecE\8e6\ab_\e9\9bSu\fd\f7\02\b4\88\14\b4\eb\18\02\cb\db\11\81\a8\d2\fc\b5\03\e1\aa\19\a1&\9f\c2\bdR\d6\a2R\07|\a3D\99\d5_I\f0F3m\e7K\a5\93\84-\e6\ca\7f\85\db-V\0c@\a4po\8e\b8\e5\b8\9f\bd\df\a6R\b9k\0fP\cdL\cb\b2&\1f\a7\07\ad\97\d0\a7\a7F\13\a4\00 ~/xs\c8$\cc^\82\c8(\0c\8cf\00\d4\8e;V\90\fa-\7f\f6\a2\fa2\0f/\80\00\89r\cak4y\f9\1e\b4\cb\b9\ff\d2:\a0@+O\bc\86\81\d7\b7&\a1\fe\a8\bf\87I\c8\10\f6\e26\f4\b0\e62\b8$\9f\c9\d7\f4-}\ca\d9\0dC1]\a0?\e6\ed\c6\bb\0dry\1c=P\91\94}t\88\cf_\a9\f8*\91\ce\97cL\a4u|\ceH\b5\e1\dbi\9b\ba\1a\e1>\be\af\86\c9\1b\02\9b\22\daRD\c2ha\99\ce\ad[\e8\fb\a2\c2A\ab\90g\d5\f2\c3\b9?B\99r\e2\fa\a5\19\09k\ba`\c5\97\1a\d4g\c9\9f\87\cd\dc\0f`\cb\05\e9\b8\b6\bd \c9\c1\bb\87\e9\00T\138>G#g$\edh;\b2\aa\e9#\01)\0b\e3\86\0cv\c06\94!e\af\0ar\b6\a0\f9\ce\9b\a8\8f\93pD\b9i>[\8d\0e\e4\08\f8\c2\c2\92s\b8\8c\95\e7\04\0e\b20\12\1d\0b\b6\b9\b9;H\f3w\bd\90\c2Ho^+\f2\c6\b1(\a8J\1a\f0\d5\ec\b4\f3\1a\0b6\b6\ae8\1e2R\dd l\0b(\e2\b0\e1\8d\c3c\da\c6%_S\8a\94#\07Y\8d\0e\ad8Z~H\9cW7\e8\acy\ecH\af\b0Q\d8\c6\f0\9dZ\83-D\22\18\98'\1b\db\dce\8e\f8lE1\e4\f8k\15\0f\bf\f8\f0\08\8a\ffX\1bd\cb\9e\8e\1b\c5\da\d2\ee6-\8b\ac?/\22=~Fr\e2w\91\87\aa\84\f8\ad\d7\0f\bbj\cc\1d\d8\0e[\ea\ba\94\eaR\bb\cc\86\e9\b4\c2\9f\12G\e9\98\a5\e99\a5'\ea\7f\a8$b\b3G\d7\98#?\0ed\88\8e\b1\e4\9f\d2\ad:\a0\19\0d\7f\ec\8e\89>\15\f9\ee\ee\a3\83\ac$\040h\cfS\19+\8eZ\b7\aa\ea\8c\a4\d7-\05<B\c3\a8_\b611eU%\b0\cdMy\06\cb\12\f4\927\11\bf>_U\17\8e\80\d0\0b\e4\be\8b\d8\bb\e2\d6n\0e\b7*\9d\b1\a0\c4\0e\9d\ae\ae\cej[\8b\0a\d2du\04\de\c8uRDZZ\82E\f2.\8d\06\be\92\85\15\fb\12g\d5\f0\f0\e2\d6\ee=\18\c4\b6{s\ed\9ck`\85\96\d6MFUL\1eu\a4Z\d0(\c4\86\b8&<L\e1\97\aa\dfe\92Mq\043\f5\a8f0K\9f\d9=\d5\ab\7f{\d0\c6\e2?\99)@\fe\8e\03\a8F\e5\96_\9a\84x\db\8f\bf3\d0\bdr\04R\98\de|\f7\c0\a5V\d2s\ef@Dm\8f\85f>\96\ad\9a\98'vc\a8\95\a8J\a4y\13\00\e7\ddY\c1~\b1S|\12\bbR]\0dX\18\c0`U\afq\de\9dh\1b\d7\e9\a6\b4\10n\1e\f0\b8\aa\0d\07\abb!q&\92\e8p\ca\04\13\96\b3\ca\d1\c8U\bbi\0d\b0\b6\22\0d\fd\c5\97{`=\05;+*\c4\10\5c\e4jP|\b7}\9a\b8\8c\e3\04[\9az\8a\b9\8eB\b2\ad\92\8e`\f3w\1c\c6\f1@\19\edg\b2\d3\1eY7\b28\f0U\a37.\91_\e8\01\df\88f/\c5\deFlk\c6\e2\bc\ba;1a\8b\15\a0=;K\ac##w\1bl\a9\8a}9\ae\1a\08\0d\0a^\97\ec\abU\22\c7S\ed\dc\c7\d9!J\90\8c5\bd\e7\96uu\5cT\14\ea\1c\88T.\dawA\d6P~\d2\92si\99$$\aa\e9\b9\d0\d5\d1\0b\e5\dd\87w\d0\c3\bf-\ad\d4d\e8DK\c6N^\95\b4Jb\da\97<\ec\84>\11\0b\ef;\f1Z\bda\dd\fa\d0\bdK'\a6\8e\d5\cd\ea\8a\ad\b1\ec\ba\949E\ad\1e\b1\cf\f2J\81\a5\ed\18\deg\f4\fcCK,\b3\ce\81\d7\cep\87\94\cf\ea\801\fc\14^\f7_B\a2\8d\02M\a9y\83%\a1>;\9a5\f5\f7\d2\ca0C\a0\13X\e4n\09\0d\ca\00\83\f2\b5\87\fd\fcS\88\18n\9d\ca\8bH~\e0\91\b7\d1t\9e~4U\cfd\a2^w\da\9dXv%\06\12\c6\9e\81*\03\feJ6\95Q\c5\ee\d3\ae\87\96\f7\05\22\f5\83\bd\dd\83:R;uD\cd\14\be\9aC5yr\96j\92\c4'\8a\92\95\00\9am\c1\94\82\17\0f<\05\b7u\b1,\f7\ba\80\00\c9\f19c\dd\12\8b\c6$S\ee{\datP\a0\1d\97\04^\ca\eb\16\fc\f6\d3\ea\1a\11\92d\08\e5\bc\85\f5\bc\a6\1c\bb\f4\88\a5a\95\b6}J\1e\ec\e62l\d0\e3\e91+\07]\1d\92\8e\ee\92\93\d0\9fCb.2\ff:I\b4\a462\aaw\b8\c3\87\d4\fa\b9\fe\be\09[\e1M\c4\be\94\95\e6\b4\a9\89yh\be.L\d9\ac\b0:\f7|\1d\90\11\0a\f6K\017\9d\0f\0f\d8\5c\095\dc$\b4\95\8c\f3\9e\c1\84\84S\13\0e\b4KB\13.\e1\bao\b0\06\f2\a5e(\cb\88Po\09\cc\bc\8c\d4E.D\b7\87?\f9\fe\aa$\cb\0b\ff\eb\afI\d79\15\a5i\8f\f7\be\d5\ed\bd\ce\fe\e6\db\1cM\88Z\0eDs\b5\97\a5\b46A_p\8910\95\f8\88\0ah1\fc\cea\84\11w\cc\ab>|\ba6+\0d\c2\fd\bcBz\e5\d5\94\bf\d6M\1bi\04v\902=\b5il\af\05\bd7\86\10\b1\c1\c2I\9a?\a6#\84G\1bG\ac\c5\a7T\1dr3\dc\80\cf\0f+e\19\e2X\17\b7\d1\a9\a4N@\13a\c3\d3;\dfO\8d\97n\12\83\ea&1\08\ac\1cZd\0a\d7\a3p=\0a\d7\a3\a4p=\0a\d7\a3p=\cc\cc\cc\cc\cc\cc\cc\cc\cd\cc\cc\cc\cc\cc\cc\cc\00\00\00\00\00\00\00\80\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\a0\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\c8\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\fa\00\00\00\00\00\00\00\00\00\00\00\00\00\00@\9c\00\00\00\00\00\00\00\00\00\00\00\00\00\00P\c3\00\00\00\00\00\00\00\00\00\00\00\00\00\00$\f4\00\00\00\00\00\00\00\00\00\00\00\00\00\80\96\98\00\00\00\00\00\00\00\00\00\00\00\00\00 \bc\be\00\00\00\00\00\00\00\00\00\00\00\00\00(k\ee\00\00\00\00\00\00\00\00\00\00\00\00\00\f9\02\95\00\00\00\00\00\00\00\00\00\00\00\00@\b7C\ba\00\00\00\00\00\00\00\00\00\00\00\00\10\a5\d4\e8\00\00\00\00\00\00\00\00\00\00\00\00*\e7\84\91\00\00\00\00\00\00\00\00\00\00\00\80\f4 \e6\b5\00\00\00\00\00\00\00\00\00\00\00\a01\a9_\e3\00\00\00\00\00\00\00\00\00\00\00\04\bf\c9\1b\8e\00\00\00\00\00\00\00\00\00\00\00\c5.\bc\a2\b1\00\00\00\00\00\00\00\00\00\00@v:k\0b\de\00\00\00\00\00\00\00\00\00\00\e8\89\04#\c7\8a\00\00\00\00\00\00\00\00\00\00b\ac\c5\ebx\ad\00\00\00\00\00\00\00\00\00\80z\17\b7&\d7\d8\00\00\00\00\00\00\00\00\00\90\acn2x\86\87\00\00\00\00\00\00\00\00\00\b4W\0a?\16h\a9\00\00\00\00\00\00\00\00\00\a1\ed\cc\ce\1b\c2\d3\00\00\00\00\00\00\00\00\a0\84\14@aQY\84\00\00\00\00\00\00\00\00\c8\a5\19\90\b9\a5o\a5\00\00\00\00\00\00\00\00:\0f \f4'\8f\cb\ce\00\00\00\00\00\00\00\00\84\09\94\f8x9?\81\00\00\00\00\00\00\00@\e5\0b\b96\d7\07\8f\a1\00\00\00\00\00\00\00P\deNg\04\cd\c9\f2\c9\00\00\00\00\00\00\00\a4\96\22\81E@|o\fc\00\00\00\00\00\00\00M\9d\b5p+\a8\ad\c5\9d\00\00\00\00\00\00 \f0\05\e3L6\12\197\c5\00\00\00\00\00\00(l\c6\1b\e0\c3V\df\84\f6\00\00\00\00\00\002\c7\5c\11l:\96\0b\13\9a\00\00\00\00\00@\7f<\b3\15\07\c9{\ce\97\c0\00\00\00\00\00\10\9fK \dbH\bb\1a\c2\bd\f0\00\00\00\00\00\d4\86\1e\f4\88\0d\b5P\99v\96\00\00\00\00\80D\14\131\ebP\e2\a4?\14\bc\00\00\00\00\a0U\d9\17\fd%\e5\1a\8eO\19\eb\00\00\00\00\08\ab\cf]\be7\cf\d0\b8\d1\ef\92\00\00\00\00\e5\ca\a1Z\ad\05\03\05'\c6\ab\b7\00\00\00@\9e=J\f1\19\c7C\c6\b0\b7\96\e5\00\00\00\d0\05\cd\9cmo\5c\ea{\ce2~\8f\00\00\00\a2#\00\82\e4\8b\f3\e4\1a\82\bf]\b3\00\00\80\8a,\80\a2\ddn0\9e\a1b/5\e0\00\00 \ad7 \0b\d5E\de\02\a5\9d=!\8c\00\004\cc\22\f4&E\d6\95C\0e\05\8d)\af\00\00A\7f+\b1p\96L{\d4QF\f0\f3\da\00@\11_v\dd\0c<\0f\cd$\f3+v\d8\88\00\c8j\fbi\0a\88\a5S\00\ee\ef\b6\93\0e\ab\00zEz\04\0d\ea\8eh\80\e9\ab\a48\d2\d5\80\d8\d6\98E\90\a4rA\f0q\ebfc\a3\85PG\86\7f+\da\a6GQlN\a6@<\0c\a7$\d9g_\b6\90\90\99e\07\e2\cfPK\cf\d0m\cfA\f7\e3\b4\f4\ff\9fD\ed\81\12\8f\81\82\a4!\89z\0e\f1\f8\bf\c7\95h\22\d7\f2!\a3\0dj+\19R-\f7\af9\bb\02\eb\8co\ea\cb\90Dv\9f\a6\f8\f4\9b\08j\c3%p\0b\e5\fe\b4\d5SG\d06\f2\02E\22\9a\17&'O\9f\90e\94,Bb\d7\01\d6\aa\80\9d\ef\f0\22\c7\f5~\b9\b7\d2:MB\8b\d5\e0\84+\ad\eb\f8\b2\de\a7e\87\89\e0\d2w\85\0c3;L\93\9b/\eb\88\9f\f4U\ccc\d5\a6\cf\ffI\1fx\c2\fb%k\c7qk\bf<\8a\90\c3\7f\1c'\16\f3z\efE9NF\ef\8bV:\da\cfq\d8\ed\97\ac\b5\cb\e3\f0\8bu\97\ec\c8\d0C\8eN\e9\bd\17\a3\be\1c\ed\eeR='\fb\c4\d41\a2c\ed\ddK\eec\a8\aa\a7L\f8\1c\fb$_E^\94j\eft>\a9\ca\e8\8f6\e49\ee\b6\d6u\b9D+\12\8eS\fd\e2\b3D]\c8\a9dL\d3\e7\16\b6\96q\a8\bc\db`J:\1d\ea\be\0f\e4\90\cd1\feF\e9U\89\bc\dd\88\a4\a4\ae\13\1d\b5A\be\bd\98c\ab\abk\14\ab\cdM\9aXd\e2\d1-\ed~<\96\96\c6\ec\8a\a0p`\b7~\8d\a2<T\cf\e5\1d\1e\fc\a8\ad\c8\8c8e\de\b0\cbK)C_\a5%;\12\d9\fa\af\86\fe\15\dd\be\9e\f3\13\b7\0e\efI\ab\c7\fc-\14\bf-\8a7Cxl2i5n\96\f9{9\d9.\b9\ac\04T\96\07\7f\c3\c2I\fb\f7\da\87\8fz\e7\d7\06\e9{\c9^t3\dc\fd\da\e8\b4\99\ac\f0\86\a3q\ed=\bb(\a0i\bc\11#\22\c0\d7\ac\a8\0c\ceh\0d\ea2\08\c4+\d6\ab*\b0\0d\d8\d2\90\01\c3\90\a4?\0a\f5\dbe\ab\1a\8e\08\c7\83\fa\e0y\da\c6g&yR?V\a1\b1\ca\b8\a48Y\18\91\b8\01pW&\cf\ab\09^\fd\e6\cd\86o^\b5&\02L\edxa\0b\c6Z^\b0\80\b4\05[1X\81OT\d69\8ew\f1u\dc\a0!\c7\b1=\aeaciL\c8q\d5m\93\13\c9\e98\1e\cd\19:\bc\03_:\ceJIxX\fb#\c7e@\a0H\ab\04{\e4\c0\ce-K\17\9dv\9c?(d\0d\ebb\9a\1dqB\f9\1d]\c4\94\83O2\bd\d0\a5;\00e\0d\93wet\f5yd\e3~\ecD\8f\ca _\e8\bbj\bfh\99\cb\1eN\cf\13\8b\99~\e8v\e2jE\ef\c2\bf~\a6!\c3\d8\ed?\9e\a2\14\9b\c5\16\ab\b3\ef\1e\10\ea\f3N\e9\cf\c5\e5\ec\80;\eeJ\d0\95\12JrX\d1\f1\a1\bb\1f(a\ca\a9]D\bb\97\dc\8e\aeEn\8a*&r\f9<\14u\15\ea\bd\932\1a\d7\09-\f5X\e7\1b\a6,iM\92V\9c_p&&<Y.\e1\a2\cfw\c3\e0\b6l\83w\0c\b0/\8boz\99\8b\c3U\f4\98\e4Gd\95\0f\9c\fbm\0b\ec?7\9a\b5\98\df\8e\ac^\bd\89A\bd$G\e7\0f\c5\00\e3~\97\b2W\b6,\ec\91\ec\edX\e1S\f6\c0\9b^=\df\ed\e37g\b6g)/l\f4\99X![\86\8bt\ee\82\00\d2\e0y\bd\87q\c0\ae\e9\f1g\ae\11\aa\a3\80\06Y\d8\ec\e9\8dp\1ad\ee\01\da\95\94\cc Ho\0e\e8\b2X\86\90\fe4A\88\dd\dc\7f\14\8d\05\091\de\ee\a74>\82Q\aa\15\d4\9fY\f0FK\bd\96\ea\d1\c1\cd\e2\e5\d4\1a\c9\07p\ac\18\9el\9e2#\99\c0\ad\0f\85\b0\dd\04\c6k\cf\e2\03E\ffk\bf0\99S\a6\1c\15\86\b7F\83\db\84\16\ffF\ef|\7f\e8\cfc\9age\18d\12\e6n_\8c\15\aeO\f1\81~\c0`?\8f~\cbOIw\ef\9a\99\a3m\a2\9d\f08\0f3^\be\e3\1cU\ab\01\80\0c\09\cb\c5,\07\d3\bf\f5\ad\5cc*\16\02\a0O\cb\fd\f6\f7\c8\c7/s\d9s~\daM\01\c4\11\9f\9e\fa\9a\dd\dc\fd\e7g(\1dQ\a1\015\d6F\c6\b8\01\15T\fd\e1\81\b2e\a5\09B\c2\8b\d8\f7&B\1a\a9|Z\22\1f_\07FiYW\e7\9aXi\b0\e9\8dxu37\89\97\c3/-\a1\c1\ae\83\1cd\b1\d6R\00\84k}\b4{x\09\f2\9a\a4#\bd]\8cg\c02c\cePM\ebE\97\e0F6\96\ba\b7@\f8\ff\fb\01\a5 f\17\bd\98\d8\c3;\a9\e5P\b6\ffzB\ce\a8?]\ec\be\ce\b4\8a\13\1f\e5\a3\df\8c\e9\80\c9G\ba\937\01\b16l3o\c6\17\f0#\e1\bb\d9\a8\b8\84A]DG\00\0b\b8\1d\ecl\d9*\10\d3\e6\e5\91t\15Y\c0\0d\a6\92\13\e4\c7\1a\eaC\90/\dbh\ad7\98\c8\87w\18\ddy\a1\e4T\b4\fb\11\c3\98E\be\ba)\94^T\d8\c9\1dj\e1z\d6\f3\fe\d6m)\f4\1d\bb4'\9eR\e2\8c\0cfX_\a6\e4\99\18\e4\e9\01\b1E\e7\1a\b0\8f\7f.\f7\cf]\c0^]dB\1d\17\a1!\dcs\1f\fa\f4Cupv\ba~Ir\ae\04\95\89\a8S\1cyJI\06ji\de\db\0e\daE\fa\ab\92hc\17\9d\db\87\04\03\d6\92\92P\d7\f8\d6\b6B<]\84\d2\a9E\c2\c5\9b[\92\86[\86\b2\a9E\ba\92#\8a\0b2\b7\82\f26h\f2\a7\1e\14\d7hw\acl\8e\ffd#\afD\02\ef\d1&\d9\0cC\95\d7\072\1f\1fv\edja5\83\b8\07\e8I\bd\e6D\7f\e7\a6\d3\a8\c5\b9\02\a4\a6\09b\9cl \16_\a1\90\08\137h\03\cd\0f\8cz\c3\87\a8\db6dZ\e5k\22!\22\80\89\97,\daTII\c2\fd\b0\de\06k\a9*\a0l\bd\b7\10\aa\9b\db\f2=]\96\c8\c5S5\c8\c7\ac\e5\94\94\82\92o\8c\f4\bb:\b7\a8B\fa\f9\17\1f\ba9#w\cb\d7x\b5\84r\a9i\9c\fbnS\14\04v*\ff\0d\d7\e2%\cf\13\84\c3\baJh\19\85\13\f5\fe\d1\8c[\ef\c2\18e\f4i]\c2_fX\b2~\028\99\d5y/\bf\98az\d9\fb?w/\ef\03\86\ffJX\fb\ee\be\fa\d8\cf\fa\0fU\fb\aa\84g\bf].\ba\aa\ee8\cf\83\f9S*\ba\95\b2\a0\97\fa\5c\b4*\95\83a\f2{tZ\94\dd\df\88=9tau\ba\e4\f9\ee\9a\11q\f9\94\17\eb\8cG\d1\b9\12\e9]\b8\aa\01V\cd7z\ee\12\b8\cc\22\b4\ab\91:\b3\0a\c1U\e0b\ac\aa\17\e6\7f+\a1\16\b6\09`M1k\98{W\94\9d\df_vI\9c\e3\0b\b8\a0\fd\85~Z\ed}\c2\eb\fb\e9\adA\8e\07s\84\be\13\8fX\14\1c\b3\e6zd\19\d2\b1\c8\8f%\ae\d8\b2nY\e3_\a0\99\bd\9fF\de\bb\f3\ae\d9\8e_\cao\ee;\04\80\d6#\ec\8aTX\0dH\b9{\de%\e9J\05 \cc,\a7\adj\ae\10\9a\a7\1aV\af\a4\9d\06(\ff\f7\10\d9\04\da\94\80Q\a1+\1b\86\22\04y\ff\9a\aa\87B\08]\f0\d2D\fb\90(+EW\bfA\95\a9SJt\ac\07\16:5\f2u\16-/\92\fa\d3\e8\5c\91\97\89\9b\88B\b7\09.|]\9b|\84\11\da\ba\fe5a\95i%\8c9\db4\c2\9b\a5\95\90i~\83\b9\faC.\ef\07\12\c2\b2\02\cf\bb\f4\03^\e4g\f9\94}\f5DK\b9\afa\81\f5x\c2\ba\ee\e0\1b\1d\dc2\16\9e\a7\1b\ba\a12\17si*\d9bd\93\bf\9b\85\91\a2(\ca\fe\dc\cf\03u\8f{}x\af\02\e75\cb\b2\fc>\d4\c3DRs\da\5c\ab\ada\b0\01\bf\ef\9d\a7d\faj\13\88\08:\16\19z\1c\c2\aek\c5\d0\fd\b8E\18\aa\8a\08[\9f\98\a3r\9a\c6\f6E='W\9eT\ad\8a\99c?\a6\87 <\9aK\86x\f6\e2T\ac6\7f<\cf\8f\a9(\cb\c0\dd\a7\16\b4\1bjW\84\9f\0b\c3\f3\d3\f2\fd\f0\d5Q\1c\a1\a2DmeC\e7Yx\c4\b7\9e\96%\b3\b1\a4\e5Jd\9f\14ap\96\b5eF\bc\ee\1f\de\0d\9f]=\87Yy\0c\fc\22\ffW\eb\ea\a7U\d1\06\b5\0c\a9\d8\cb\87\ddu\ff\16\93\f2\88\d5B$\f1\a7\09\ce\be\e9TS\bf\dc\b7/\eb\8aSm\ed\11\0c\81.$*(\ef\d3\e5\fa\a5m\a8\c8h\16\8f\10\9dV\1ayu\a4\8f\bc\87Di}\01n\f9UD\ec`\d7\92\8d\b3\ac\a9\95\c3\dc\81\c97jU'9\8d\f7p\e0\17\14{\f4S\e2\bb\85b\95\b8C\b8\9aF\8c\8e\ec\ccxtm\95\93\bb\ba\a6TfAX\af\b2'\00\97\d1\c8z8ji\d0\e9\bfQ.\db\9e1\c0\fc\05{\99\06\e2A\22\f2\17\f3\fc\88\03\1f\f8\bd\e3\ec\1fDZ\d2\aa\ee\dd/<\ab\c3&v\ad\1c\e8'\d5\f1\86Uj\d5;\0b\d6t\b0\d3\d8#\e2q\8aVtube\05\c7\85IN\84gV-\87\f6l\d1\12\bb\be\c68\a7\dbae\01\ac\f8(\b4\c7\85\d7in\f8\06\d1R\ba\be\01\d763\e1\9c\b3&\02E[\a4\82s4\17aF\02\c0\ec\84`\b0B\16rM\a3\90\01]\f9\d7\02\f0'\a5x\5c\d3\9b\ce \cc\f4A\b4\f7\8d\03\ec1\ce\963\c8B\02)\ffqR\a1uq\04g~A> \bdi\a1y\9f\86\d3\84\e9\c6b\00\0f\d1Mh,\c4\09X\c7h\08\e6\a3x{\c0REa\8275\0c.\f9\82\8a\df\ccV\9ap\a7\cb|\b1B\a1\c7\bc\9b\91\b6\0b@v`\a6\88\fe\db]\93\89\f9\ab\c25\a4\0e\d0\93\f8\cfj\feR5\f8\eb\f7V\f3CM\12\c4\b8\f6\83\05\deS!{\f3Z\16\98Jp\8bz3zr\c3\d6\a8\e9Y\b0\f1\1b\be\5cL.Y\c0\18Ot\0c\13dp\1c\ee\a2\eds\dfyo\f0\deb\11\e7\8b>\c6\d1\d4\85\94\a8+\acEV\cb\dd\8a\e1.\ce7\06J\a7\b9\926\17\d7+>\95m\99\ba\c1\c5\87\1c\11\e87\04\dd\cc\b6\8d\fa\c8\a0\14\99\db\d4\b1\0a\91\a2\22\0a@\92\98\9c\1d\c8Y\7f\12J^M\b5K\ab\0c\d0\b6\be\03%:0\1f\97\dc\b5\a0\e2\1d\d6\0f\84d\aeD.$~s\de\a9q\a4\8d\d2\e5\89\d2\fe\ec\ea\5c\ad]\10V\14\8e\0d\b1G_,\87>\a8%t\18u\94k\99\f1P\dd\19w\f7(N\12/\d1/\c9<\e3\ff\96R\8ao\aa\9a\d9pk\bd\82{\fb\0b\dc\bf<\e7\ac\0bU\01\10M\c6lcZ\fa\0e\d3\ef\0b!\d8N\aa\01T\e0\f7G<x\5c\e9\e3u\a7\14\87q\0a\814\ec\fa\ace\96\b3\e3\5cS\d1\d9\a8\0dM\a1A\a79\18\7f|\a0\1c4\a8E\10\d3P\a0\09\12\11H\de\1eM\e4\91 \89+\ea\832\04F\ab\0a\edJ\93`]\b6hk\b6\e4\a4?\85\17VM\a8\1d\f8\b9\f4\e3B\06\e4\1d\ce\8ef\9d\ab`\12%6\f3x\ce\e9\83\ae\d2\80\19`Bk|+\d7\c10\17B\e4$Z\07\a1\1f\f8\12\86[\f6L\b2\fc\9cR\1d\ae0I\c9'\b6\97g\f23\e0\de<D\a7\a4\d9|\9b\fb\b1\a3}\01\ef@\98\16\a5\8a\e8\06\08.A\9dN\86\ee`\95(\1f\8eN\ad\a2\08\8ay\91\c4\e2'*\b9\ba\f2\a6\f1\a2X\cb\8a\ec\d7\b5\f5\db\b1tgi\af\10\aee\17\bf\d6\f3\a6\91\99)\ef\a8\e0\a1m\ca\ac?\ddn\cc\b0\10\f6\bf\f3*\d3X\0a\09\fd\17\8e\94\8a\ff\dc\94\f3\ef\b0\f5\07\efLK\fc\dd\d9\9c\b6\1f\0a=\f8\95\8e\f9d\15\10\af\bdJ\0fD\a4\a7LLv\bb\f17\be\1a\d4\1am\9d\13U\8d\d1_\dfS\ea\ed\c5m!\89a\c8\84,U\f8\e2\9bkt\92\b4\9b\e4\b4\f5<\fd2wj\b6\db\82\86\11\b7\a1\c2\1d\223\8c\bc?\15\05\a4\92#\e8\d5\e4J3\a5\ea?\af\ab\0f-\83\a6;\16\b1\05\8f\0e@\a7\f2\87M\cb)\f8#\90\ca[\1d\c7\b2\12\10Q\ef\e9 >t\f6,4\bd\b2\e4x\df\16T%k$\a9M\91\1a\9c@\b6\ef\8e\ab\8b\8eT\f7\c2\b6\89\d0\1a \c3\d0\a3\abr\96\ae\b1)\b5s$\ac\84\a1\e8\f3\c4\8cV\0f<\da\1et\a2\90-\d7\e5\c9q\18\fb\17\96\89e\88\92\88ez|\a6/~\8d\de\f9\9d\fb\eb~\aa\b7\ea\fe\98\1b\90\bb\dd1Vx\85\fa\a6\1e\d5e\a5>\7f\22t*U\de5k\93\5c(3\85_'\87\8f\95\88:\d5V\03F\b8s\f2\7f\a67\f1h\f3\ba*\89\8a,\84W\a6\10\ef\1f\d0\85-C\b0iu+-\9b\b2\f6gj\f5\13\82s\fc)\0eb);\9cB_\f4\01\c5\f2\98\a2\8f{\b4\91\ba\f3I\83\13wqBv/?\cbs\9a!6\a9p\1c$\d7\d4\0d\d3S\fb\0e\fe\10\01\aa\83\d3\8c#\ed\06\a5\e8c\14]\c9\9e\aa@J2\0486\f4H\ce\e2|Y\b4{\c6\d5\d0\dc>\05\c6C\b1\da\81\1b\dco\a1\1a\f8\0a\05\94\8e\86\b7\94\dd(1\91\e9\e5\a4\10\9b&\83\1c\19\b4\f2|\car}\f5c\1f\ce\d4\c1\f0\a3c\1fa/\1c\fd\cf\dc\f2<\a7\01J\f2\ec\8c<g9;c\bc\01\ca\17\86\08An\97\13\d8\85\e0\03\05\be\d5\82\bc\9d\a7J\d1I\bd\18N\a7\d8D\86-K\a2+\85Q\9dE\9c\ec\9e!\d1\0e\d6\e7\f8\ddE;\f3R\82\ab\e1\93\03\b5B\c9\e5\90\bb\ca\17\0a\b0\e7b\16\da\b8Cb\93;\1fuj=\9d\0c\9c\a1\fb\9b\10\e7\d4:x\0ag\12\c5\0c\e2\87\01E}aj\90\c5$\8bf\80+\fb'\da\e9A\96\dc\f9\84\b4\f6\ed-\80`\f6\f9\b1Qd\d2\bbS8\a6\e1si9\a0\f8sx^\b2~cU4\e3\07\8d\e8\e1#d{H\0b\db_^\bcj\01\dcI\b0b\da,=\9a\1a\ce\91\f7uk\c5\01S\5c\dc\fb\10x\cc@\a1Av\ba)c\1b\e1\b3\b9\89\9d\0a\cb\7f\c8\04\e9\a9)\f4;b\d9 (\acD\cd\bd\9f\faEcT3\f1\ca\ba\0f)2\d7\95@\adGy\17|\a9\c0\d6\be\d4\a9Y\7f\86]H\cc\cc\ab\8e\edIp\8c\eeI\140\1f\a8tZ\ff\bfV\f2h\5c\8c/j\5c\19\fc&\d2\111\ffo\ec.\83s\b7]\c2\d9\8f]X\83\ab~\ff\c5S\fd1\c8%\f52\d0\f3t.\a4U^\7f\b7\a8|>\bao\b2?\c40\12:\cd\eb5_\e5\d2\1b\ce(\85\cf\a7z^KD\80\b3\81[\cfc\d1\80yf\c3Q\196^U\a0\1fb2\c3\bc\05\e1\d7@4\a6\9f\c3\b5j\c8\a7\fa\fe\f3+G\d9\8dP\c1\8f\874c\85\faQ\b9\fe\f0\f6\98O\b1\d2\d8\b9\d4\00^\93\9c\d33\9fV\9a\bf\d1n\07O\e8\09\815\b8\c3\c8\00G\ec\80/\86\0a\c8bbL\e1B\a6\f4\fa\c0X'a\bb'\cd\bd}\bd\cf\cc\e9\e7\98\9cx\97\b8\1c\d58\80,\dd\ac\03@\e4!\bf\c3V\bd\e6c\0aG\e0x\14\98\04P]\ea\eet\acl\e0\fc\ccX\18\cb\0c\df\02RzR\95\c8\ebC\0c\1e\807\0f\fd\cf\96\83\e6\18\a7\ba\ba\e6T\8f%`\05\d3\fd\83|$ \dfP\e9i *\f3.\b8\c6G~\d2\cd\16t\8b\d2\91AT\faW\1d3\dcL\1dG\81\1cQ.G\b6R\e9\f8\ad\e4?\13\e0\e5\98\a1c\e5\f9\d8\e3\a6#w\d9\dd\0f\18X\8f\ffD^/\9cg\8eHv\ea\a7\ea\09\0fWuser-provided comparison function does not correctly implement a total order>\01\01\00_\00\00\00\5c\03\00\00\05\00\00\00    \00\00\00\00\00\00\f0?\00\00\00\00\00\00$@\00\00\00\00\00\00Y@\00\00\00\00\00@\8f@\00\00\00\00\00\88\c3@\00\00\00\00\00j\f8@\00\00\00\00\80\84.A\00\00\00\00\d0\12cA\00\00\00\00\84\d7\97A\00\00\00\00e\cd\cdA\00\00\00 _\a0\02B\00\00\00\e8vH7B\00\00\00\a2\94\1amB\00\00@\e5\9c0\a2B\00\00\90\1e\c4\bc\d6B\00\004&\f5k\0cC\00\80\e07y\c3AC\00\a0\d8\85W4vC\00\c8Ngm\c1\abC\00=\91`\e4X\e1C@\8c\b5x\1d\af\15DP\ef\e2\d6\e4\1aKD\92\d5M\06\cf\f0\80D\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\000x0123456789ABCDEFParseFloatErrorkindEmptyInvalidUtf8Errorvalid_up_toerror_lenErrorTryFromSliceError{\22error\22:missing field guild_idabiguild_idregionvoice_endpointconfignodes\00\00\00S\04\01\00\0e\00\00\00\8c\01\00\00\0a\00\00\00a node without a namenamezoneweightpriorityhealthydrainingplayersplaying_playerscpumemory_usedframelatency_mstags\00\00\00\8d9\01\00\04\00\00\00F9\01\00\06\00\00\00\919\01\00\04\00\00\00\959\01\00\06\00\00\00\9b9\01\00\08\00\00\00\a39\01\00\07\00\00\00\aa9\01\00\08\00\00\00\b29\01\00\07\00\00\00\b99\01\00\0f\00\00\00\c89\01\00\03\00\00\00\cb9\01\00\0b\00\00\00\d69\01\00\05\00\00\00\db9\01\00\0a\00\00\00\e59\01\00\04\00\00\00system_loadlavalink_loadsentnulleddeficit\00\00\00C\04\01\00\0f\00\00\00!\02\00\00\1d\00\00\00\5c\22\5c\5c\5cb\5cf\5cn\5cr\5ct\00\00C\04\01\00\0f\00\00\00\17\02\00\00!\00\00\00\5cu000123456789abcdefunexpected end of inputnullnumber out of rangenested too deeplyexpected a numberC\04\01\00\0f\00\00\003\01\00\00\15\00\00\00leading zero in a numberexpected digits after '.'expected digits in the exponentC\04\01\00\0f\00\00\00L\01\00\00\0f\00\00\00\5culone surrogate in a \5cu escapetrailing characters after the inputa whole number within 32 bitsa whole number within 64 bitsa whole number from 0 to 2^32-1a whole number from 0 to 2^64-1truefalseexpected true or falseinvalid \5cu escapeshort \5cu escape\00\00\00C\04\01\00\0f\00\00\00\9a\01\00\00+\00\00\00checked while skipping\00\00C\04\01\00\0f\00\00\00\9a\01\00\00>\00\00\00C\04\01\00\0f\00\00\00\bc\00\00\00\1c\00\00\00invalid UTF-8 in a stringexpected a keyunterminated stringcontrol character in a stringinvalid escapeexpected a whole numbernumber too largeC\04\01\00\0f\00\00\00\90\00\00\00\16\00\00\00invalid literalnumber_text accepts only valid JSON numbers\00\00C\04\01\00\0f\00\00\00\bd\01\00\00\0e\00\00\00C\04\01\00\0f\00\00\00\f5\01\00\00\15\00\00\00\00\00\00\00\00\00\f0?\00\00\00\00\00\00$@\00\00\00\00\00\00Y@\00\00\00\00\00@\8f@\00\00\00\00\00\88\c3@\00\00\00\00\00j\f8@\00\00\00\00\80\84.A\00\00\00\00\d0\12cA\00\00\00\00\84\d7\97A\00\00\00\00e\cd\cdA\00\00\00 _\a0\02B\00\00\00\e8vH7B\00\00\00\a2\94\1amB\00\00@\e5\9c0\a2B\00\00\90\1e\c4\bc\d6B\00\004&\f5k\0cC\00\80\e07y\c3AC\00\a0\d8\85W4vC\00\c8Ngm\c1\abC\00=\91`\e4X\e1C@\8c\b5x\1d\af\15DP\ef\e2\d6\e4\1aKD\92\d5M\06\cf\f0\80DLSPKnodetag\001\04\01\00\11\00\00\00\93\00\00\00.\00\00\00a number that is not finitea node's tags must follow the previous node's, inside the tag tablepacked node records too shortpacked header too shortnot a packed input (no LSPK magic)1\04\01\00\11\00\00\00\97\00\00\002\00\00\00in record\00\00\001\04\01\00\11\00\00\00\97\00\00\00H\00\00\001\04\01\00\11\00\00\00\95\00\00\002\00\00\001\04\01\00\11\00\00\00\95\00\00\00H\00\00\00packed input ends inside a fielda required string is absenta string the reader could not takea string lies outside the packed input{\22ranking\22:[]}Once instance has previously been poisonedone-time initialization may not be performed recursively\00\1a\00\00\00\0c\00\00\00\04\00\00\00\1b\00\00\00\1c\00\00\00\1d\00\00\00\00\00\00\00\00\00\00\00\01\00\00\00\1e\00\00\00a Display implementation returned an error unexpectedly\00\a3\02\01\00K\00\00\00d\0b\00\00\0e\00\00\00\00\00\00\00\00\00\00\00\01\00\00\00\1f\00\00\00\00\00\00\00\01\00\00\00\01\00\00\00 \00\00\00\00\00\00\00\08\00\00\00\04\00\00\00!\00\00\00NoneSome{}()\1a\00\00\00\0c\00\00\00\04\00\00\00\1b\00\00\00\22\00\00\00\1d\00\00\00\12\00\00\00\0c\00\00\00\04\00\00\00#\00\00\00$\00\00\00%\00\00\00m]\cb\d6,P\ebcxA\a6Wq\1b\8b\b9\15\a2\5cU4U\07\d4Sx\ad\81Q\f0\a3\f7cannot modify the panic hook from a panicking thread\ef\02\01\00L\00\00\00\90\00\00\00\09\00\00\00\00\00\00\00\08\00\00\00\04\00\00\00&\00\00\00panicked at \12\00\00\00\0c\00\00\00\04\00\00\00'\00\00\00"))
