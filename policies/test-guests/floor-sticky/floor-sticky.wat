(module
  (type (;0;) (func (param i32 i32) (result i32)))
  (type (;1;) (func (param i32 i32 i32) (result i32)))
  (type (;2;) (func (param i32 i32)))
  (type (;3;) (func (param i64 i32 i32) (result i64)))
  (type (;4;) (func (param i32 i32 i32 i32)))
  (type (;5;) (func (param i32 i32 i32 i32 i32)))
  (type (;6;) (func (param i32 i32 i32)))
  (type (;7;) (func (param i32 i32 i32 i32) (result i32)))
  (type (;8;) (func))
  (type (;9;) (func (result i32)))
  (type (;10;) (func (param i32) (result i32)))
  (type (;11;) (func (param i32 i32) (result i64)))
  (type (;12;) (func (param i32)))
  (type (;13;) (func (param f64) (result f64)))
  (func (;0;) (type 2) (param i32 i32)
    (local i32 i32 i32 i32)
    i32.const 0
    local.set 2
    block  ;; label = @1
      loop  ;; label = @2
        local.get 2
        i32.const 16
        i32.eq
        br_if 1 (;@1;)
        local.get 0
        local.get 2
        i32.add
        local.tee 3
        i32.load align=1
        local.set 4
        local.get 3
        local.get 1
        local.get 2
        i32.add
        local.tee 5
        i32.load align=1
        i32.store align=1
        local.get 5
        local.get 4
        i32.store align=1
        local.get 2
        i32.const 4
        i32.add
        local.set 2
        br 0 (;@2;)
      end
    end)
  (func (;1;) (type 3) (param i64 i32 i32) (result i64)
    block  ;; label = @1
      loop  ;; label = @2
        local.get 2
        i32.eqz
        br_if 1 (;@1;)
        local.get 2
        i32.const -1
        i32.add
        local.set 2
        local.get 0
        local.get 1
        i64.load8_u
        i64.xor
        i64.const 1099511628211
        i64.mul
        local.set 0
        local.get 1
        i32.const 1
        i32.add
        local.set 1
        br 0 (;@2;)
      end
    end
    local.get 0)
  (func (;2;) (type 4) (param i32 i32 i32 i32)
    (local i32 i32 i32 i32 i32 i32)
    i32.const 0
    local.set 4
    block  ;; label = @1
      block  ;; label = @2
        local.get 3
        i32.const -5
        i32.gt_u
        br_if 0 (;@2;)
        local.get 3
        i32.const 4
        i32.add
        local.tee 5
        local.get 2
        i32.gt_u
        br_if 0 (;@2;)
        local.get 3
        i32.const 8
        i32.add
        local.get 2
        i32.gt_u
        br_if 0 (;@2;)
        local.get 1
        local.get 5
        i32.add
        i32.load align=1
        local.tee 5
        local.get 1
        local.get 3
        i32.add
        i32.load align=1
        local.tee 6
        i32.add
        local.tee 3
        local.get 5
        i32.lt_u
        br_if 0 (;@2;)
        local.get 3
        local.get 2
        i32.gt_u
        br_if 1 (;@1;)
        local.get 1
        local.get 6
        i32.add
        local.set 2
        block  ;; label = @3
          block  ;; label = @4
            local.get 5
            br_if 0 (;@4;)
            i32.const 0
            local.set 5
            br 1 (;@3;)
          end
          i32.const 0
          local.get 5
          i32.const -7
          i32.add
          local.tee 3
          local.get 3
          local.get 5
          i32.gt_u
          select
          local.set 1
          local.get 2
          i32.const 3
          i32.add
          i32.const -4
          i32.and
          local.get 2
          i32.sub
          local.set 7
          i32.const 0
          local.set 3
          loop  ;; label = @4
            block  ;; label = @5
              block  ;; label = @6
                block  ;; label = @7
                  block  ;; label = @8
                    local.get 2
                    local.get 3
                    i32.add
                    i32.load8_u
                    local.tee 6
                    i32.extend8_s
                    local.tee 8
                    i32.const 0
                    i32.lt_s
                    br_if 0 (;@8;)
                    local.get 7
                    local.get 3
                    i32.sub
                    i32.const 3
                    i32.and
                    br_if 1 (;@7;)
                    local.get 3
                    local.get 1
                    i32.ge_u
                    br_if 2 (;@6;)
                    loop  ;; label = @9
                      local.get 2
                      local.get 3
                      i32.add
                      local.tee 4
                      i32.const 4
                      i32.add
                      i32.load
                      local.get 4
                      i32.load
                      i32.or
                      i32.const -2139062144
                      i32.and
                      br_if 3 (;@6;)
                      local.get 3
                      i32.const 8
                      i32.add
                      local.tee 3
                      local.get 1
                      i32.lt_u
                      br_if 0 (;@9;)
                      br 3 (;@6;)
                    end
                  end
                  i32.const 0
                  local.set 4
                  block  ;; label = @8
                    block  ;; label = @9
                      block  ;; label = @10
                        block  ;; label = @11
                          block  ;; label = @12
                            block  ;; label = @13
                              block  ;; label = @14
                                block  ;; label = @15
                                  block  ;; label = @16
                                    local.get 6
                                    i32.load8_u offset=66562
                                    i32.const -2
                                    i32.add
                                    br_table 0 (;@16;) 2 (;@14;) 1 (;@15;) 15 (;@1;)
                                  end
                                  local.get 3
                                  i32.const 1
                                  i32.add
                                  local.tee 3
                                  local.get 5
                                  i32.ge_u
                                  br_if 14 (;@1;)
                                  local.get 2
                                  local.get 3
                                  i32.add
                                  i32.load8_s
                                  i32.const -65
                                  i32.gt_s
                                  br_if 14 (;@1;)
                                  br 7 (;@8;)
                                end
                                local.get 3
                                i32.const 1
                                i32.add
                                local.tee 9
                                local.get 5
                                i32.ge_u
                                br_if 13 (;@1;)
                                local.get 2
                                local.get 9
                                i32.add
                                i32.load8_s
                                local.set 9
                                local.get 6
                                i32.const -240
                                i32.add
                                br_table 2 (;@12;) 1 (;@13;) 1 (;@13;) 1 (;@13;) 3 (;@11;) 1 (;@13;)
                              end
                              local.get 3
                              i32.const 1
                              i32.add
                              local.tee 9
                              local.get 5
                              i32.ge_u
                              br_if 12 (;@1;)
                              local.get 2
                              local.get 9
                              i32.add
                              i32.load8_s
                              local.set 9
                              block  ;; label = @14
                                block  ;; label = @15
                                  block  ;; label = @16
                                    local.get 6
                                    i32.const 224
                                    i32.eq
                                    br_if 0 (;@16;)
                                    local.get 6
                                    i32.const 237
                                    i32.eq
                                    br_if 1 (;@15;)
                                    local.get 8
                                    i32.const 31
                                    i32.add
                                    i32.const 255
                                    i32.and
                                    i32.const 12
                                    i32.lt_u
                                    br_if 2 (;@14;)
                                    local.get 8
                                    i32.const -2
                                    i32.and
                                    i32.const -18
                                    i32.ne
                                    br_if 15 (;@1;)
                                    local.get 9
                                    i32.const -64
                                    i32.lt_s
                                    br_if 7 (;@9;)
                                    br 15 (;@1;)
                                  end
                                  local.get 9
                                  i32.const -32
                                  i32.and
                                  i32.const -96
                                  i32.eq
                                  br_if 6 (;@9;)
                                  br 14 (;@1;)
                                end
                                local.get 9
                                i32.const -97
                                i32.gt_s
                                br_if 13 (;@1;)
                                br 5 (;@9;)
                              end
                              local.get 9
                              i32.const -64
                              i32.lt_s
                              br_if 4 (;@9;)
                              br 12 (;@1;)
                            end
                            local.get 8
                            i32.const 15
                            i32.add
                            i32.const 255
                            i32.and
                            i32.const 2
                            i32.gt_u
                            br_if 11 (;@1;)
                            local.get 9
                            i32.const -64
                            i32.lt_s
                            br_if 2 (;@10;)
                            br 11 (;@1;)
                          end
                          local.get 9
                          i32.const 112
                          i32.add
                          i32.const 255
                          i32.and
                          i32.const 48
                          i32.lt_u
                          br_if 1 (;@10;)
                          br 10 (;@1;)
                        end
                        local.get 9
                        i32.const -113
                        i32.gt_s
                        br_if 9 (;@1;)
                      end
                      local.get 3
                      i32.const 2
                      i32.add
                      local.tee 6
                      local.get 5
                      i32.ge_u
                      br_if 8 (;@1;)
                      local.get 2
                      local.get 6
                      i32.add
                      i32.load8_s
                      i32.const -65
                      i32.gt_s
                      br_if 8 (;@1;)
                      local.get 3
                      i32.const 3
                      i32.add
                      local.tee 3
                      local.get 5
                      i32.ge_u
                      br_if 8 (;@1;)
                      local.get 2
                      local.get 3
                      i32.add
                      i32.load8_s
                      i32.const -64
                      i32.lt_s
                      br_if 1 (;@8;)
                      br 8 (;@1;)
                    end
                    local.get 3
                    i32.const 2
                    i32.add
                    local.tee 3
                    local.get 5
                    i32.ge_u
                    br_if 7 (;@1;)
                    local.get 2
                    local.get 3
                    i32.add
                    i32.load8_s
                    i32.const -65
                    i32.gt_s
                    br_if 7 (;@1;)
                  end
                  local.get 3
                  i32.const 1
                  i32.add
                  local.set 3
                  br 2 (;@5;)
                end
                local.get 3
                i32.const 1
                i32.add
                local.set 3
                br 1 (;@5;)
              end
              local.get 3
              local.get 5
              i32.ge_u
              br_if 0 (;@5;)
              loop  ;; label = @6
                local.get 2
                local.get 3
                i32.add
                i32.load8_s
                i32.const 0
                i32.lt_s
                br_if 1 (;@5;)
                local.get 5
                local.get 3
                i32.const 1
                i32.add
                local.tee 3
                i32.ne
                br_if 0 (;@6;)
                br 3 (;@3;)
              end
            end
            local.get 3
            local.get 5
            i32.lt_u
            br_if 0 (;@4;)
          end
        end
        local.get 2
        local.set 4
        br 1 (;@1;)
      end
    end
    local.get 0
    local.get 5
    i32.store offset=4
    local.get 0
    local.get 4
    i32.store)
  (func (;3;) (type 5) (param i32 i32 i32 i32 i32)
    block  ;; label = @1
      local.get 2
      local.get 3
      i32.ge_u
      br_if 0 (;@1;)
      i32.const 66096
      i32.const 19
      local.get 4
      call 4
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
    i32.const 4
    i32.shl
    i32.add
    i32.store offset=8)
  (func (;4;) (type 6) (param i32 i32 i32)
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
    call 23
    unreachable)
  (func (;5;) (type 0) (param i32 i32) (result i32)
    (local i64 i64 i32)
    block  ;; label = @1
      local.get 1
      i64.load
      local.tee 2
      i64.const 63
      i64.shr_s
      i64.const 1
      i64.shr_u
      local.get 2
      i64.xor
      local.tee 3
      local.get 0
      i64.load
      local.tee 2
      i64.const 63
      i64.shr_s
      i64.const 1
      i64.shr_u
      local.get 2
      i64.xor
      local.tee 2
      i64.eq
      br_if 0 (;@1;)
      local.get 3
      local.get 2
      i64.lt_s
      return
    end
    local.get 0
    i32.load offset=8
    local.get 1
    i32.load offset=8
    local.get 0
    i32.load offset=12
    local.tee 0
    local.get 1
    i32.load offset=12
    local.tee 1
    local.get 0
    local.get 1
    i32.lt_u
    select
    call 32
    local.tee 4
    local.get 0
    local.get 1
    i32.sub
    local.get 4
    select
    i32.const 31
    i32.shr_u)
  (func (;6;) (type 7) (param i32 i32 i32 i32) (result i32)
    (local i32 i32)
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
      i32.const 6
      i32.shl
      local.tee 4
      i32.add
      local.get 0
      local.get 3
      i32.const 112
      i32.mul
      local.tee 5
      i32.add
      local.get 3
      call 6
      local.set 0
      local.get 1
      local.get 1
      local.get 4
      i32.add
      local.get 1
      local.get 5
      i32.add
      local.get 3
      call 6
      local.set 1
      local.get 2
      local.get 2
      local.get 4
      i32.add
      local.get 2
      local.get 5
      i32.add
      local.get 3
      call 6
      local.set 2
    end
    block  ;; label = @1
      local.get 0
      local.get 1
      call 5
      local.tee 3
      local.get 0
      local.get 2
      call 5
      i32.ne
      br_if 0 (;@1;)
      local.get 2
      local.get 1
      local.get 3
      local.get 1
      local.get 2
      call 5
      i32.xor
      select
      local.set 0
    end
    local.get 0)
  (func (;7;) (type 2) (param i32 i32)
    (local i32 i32)
    global.get 0
    i32.const 16
    i32.sub
    local.tee 2
    global.set 0
    block  ;; label = @1
      local.get 1
      local.get 1
      i32.const -16
      i32.add
      local.tee 3
      call 5
      i32.eqz
      br_if 0 (;@1;)
      local.get 2
      local.get 1
      i64.load offset=8
      i64.store offset=8
      local.get 2
      local.get 1
      i64.load
      i64.store
      block  ;; label = @2
        loop  ;; label = @3
          local.get 3
          local.tee 1
          i32.const 24
          i32.add
          local.get 1
          i64.load offset=8
          i64.store
          local.get 1
          i32.const 16
          i32.add
          local.get 1
          i64.load
          i64.store
          local.get 1
          local.get 0
          i32.eq
          br_if 1 (;@2;)
          local.get 2
          local.get 1
          i32.const -16
          i32.add
          local.tee 3
          call 5
          br_if 0 (;@3;)
        end
      end
      local.get 1
      local.get 2
      i64.load offset=8
      i64.store offset=8
      local.get 1
      local.get 2
      i64.load
      i64.store
    end
    local.get 2
    i32.const 16
    i32.add
    global.set 0)
  (func (;8;) (type 2) (param i32 i32)
    (local i32 i32 i32 i32 i32 i32 i32 i32)
    local.get 0
    i32.const 16
    i32.add
    local.get 0
    call 5
    local.set 2
    local.get 0
    i32.const 48
    i32.const 32
    local.get 0
    i32.const 48
    i32.add
    local.get 0
    i32.const 32
    i32.add
    call 5
    local.tee 3
    select
    i32.add
    local.set 4
    local.get 0
    i32.const 32
    i32.const 48
    local.get 3
    select
    i32.add
    local.set 3
    local.get 3
    local.get 0
    local.get 2
    i32.const 1
    i32.xor
    i32.const 4
    i32.shl
    i32.add
    local.tee 5
    local.get 4
    local.get 4
    local.get 0
    local.get 2
    i32.const 4
    i32.shl
    i32.add
    local.tee 0
    call 5
    local.tee 2
    select
    local.get 3
    local.get 5
    call 5
    local.tee 6
    select
    local.tee 7
    local.get 0
    local.get 4
    local.get 5
    local.get 6
    select
    local.get 2
    select
    local.tee 8
    call 5
    local.set 9
    local.get 1
    local.get 4
    local.get 0
    local.get 2
    select
    local.tee 0
    i64.load offset=8
    i64.store offset=8
    local.get 1
    local.get 0
    i64.load
    i64.store
    local.get 1
    local.get 7
    local.get 8
    local.get 9
    select
    local.tee 0
    i64.load offset=8
    i64.store offset=24
    local.get 1
    local.get 0
    i64.load
    i64.store offset=16
    local.get 1
    local.get 8
    local.get 7
    local.get 9
    select
    local.tee 0
    i64.load offset=8
    i64.store offset=40
    local.get 1
    local.get 0
    i64.load
    i64.store offset=32
    local.get 1
    local.get 5
    local.get 3
    local.get 6
    select
    local.tee 0
    i64.load
    i64.store offset=48
    local.get 1
    local.get 0
    i64.load offset=8
    i64.store offset=56)
  (func (;9;) (type 6) (param i32 i32 i32)
    local.get 0
    local.get 2
    call 8
    local.get 0
    i32.const 64
    i32.add
    local.get 2
    i32.const 64
    i32.add
    call 8
    local.get 2
    i32.const 8
    local.get 1
    call 10)
  (func (;10;) (type 6) (param i32 i32 i32)
    (local i32 i32 i32 i32 i32 i32 i32 i32)
    local.get 2
    local.get 1
    i32.const 4
    i32.shl
    i32.const -16
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
    i32.const 4
    i32.shl
    i32.add
    local.tee 3
    i32.const -16
    i32.add
    local.set 7
    block  ;; label = @1
      loop  ;; label = @2
        block  ;; label = @3
          local.get 6
          br_if 0 (;@3;)
          local.get 7
          i32.const 16
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
            i64.load offset=8
            i64.store offset=8
            local.get 2
            local.get 6
            i64.load
            i64.store
            local.get 3
            local.get 0
            local.get 7
            i32.ge_u
            i32.const 4
            i32.shl
            i32.add
            local.set 3
            local.get 0
            local.get 4
            i32.const 4
            i32.shl
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
            i32.const 16
            i32.add
            i32.eq
            br_if 3 (;@1;)
          end
          call 11
          unreachable
        end
        local.get 2
        local.get 3
        local.get 0
        local.get 3
        local.get 0
        call 5
        local.tee 8
        select
        local.tee 9
        i64.load offset=8
        i64.store offset=8
        local.get 2
        local.get 9
        i64.load
        i64.store
        local.get 4
        local.get 7
        local.get 5
        local.get 5
        local.get 7
        call 5
        local.tee 9
        select
        local.tee 10
        i64.load offset=8
        i64.store offset=8
        local.get 4
        local.get 10
        i64.load
        i64.store
        local.get 6
        i32.const -1
        i32.add
        local.set 6
        local.get 4
        i32.const -16
        i32.add
        local.set 4
        local.get 2
        i32.const 16
        i32.add
        local.set 2
        local.get 3
        local.get 8
        i32.const 4
        i32.shl
        i32.add
        local.set 3
        local.get 0
        local.get 8
        i32.const 1
        i32.xor
        i32.const 4
        i32.shl
        i32.add
        local.set 0
        local.get 7
        local.get 9
        i32.const 4
        i32.shl
        local.tee 8
        i32.sub
        local.set 7
        local.get 8
        local.get 5
        i32.add
        i32.const -16
        i32.add
        local.set 5
        br 0 (;@2;)
      end
    end)
  (func (;11;) (type 8)
    i32.const 66818
    i32.const 153
    i32.const 66896
    call 4
    unreachable)
  (func (;12;) (type 2) (param i32 i32)
    (local i32 i32 i32 i32 i32 i32 i32)
    global.get 0
    i32.const 16
    i32.sub
    local.tee 2
    global.set 0
    block  ;; label = @1
      block  ;; label = @2
        block  ;; label = @3
          block  ;; label = @4
            local.get 0
            i32.const 16
            i32.add
            local.tee 3
            local.get 0
            call 5
            local.tee 4
            br_if 0 (;@4;)
            i32.const 2
            local.set 5
            loop  ;; label = @5
              local.get 1
              local.get 5
              i32.eq
              br_if 3 (;@2;)
              local.get 3
              i32.const 16
              i32.add
              local.tee 6
              local.get 3
              call 5
              br_if 2 (;@3;)
              local.get 5
              i32.const 1
              i32.add
              local.set 5
              local.get 6
              local.set 3
              br 0 (;@5;)
            end
          end
          local.get 0
          i32.const 16
          i32.add
          local.set 5
          i32.const 2
          local.set 3
          loop  ;; label = @4
            local.get 1
            local.get 3
            i32.eq
            br_if 2 (;@2;)
            local.get 5
            i32.const 16
            i32.add
            local.tee 6
            local.get 5
            call 5
            i32.eqz
            br_if 1 (;@3;)
            local.get 3
            i32.const 1
            i32.add
            local.set 3
            local.get 6
            local.set 5
            br 0 (;@4;)
          end
        end
        local.get 0
        local.get 1
        i32.const 0
        local.get 1
        i32.const 1
        i32.or
        i32.clz
        i32.const 1
        i32.shl
        i32.const 62
        i32.xor
        call 13
        br 1 (;@1;)
      end
      local.get 4
      i32.eqz
      br_if 0 (;@1;)
      local.get 2
      local.get 0
      local.get 1
      i32.const 1
      i32.shr_u
      local.tee 6
      local.get 6
      i32.const 66108
      call 3
      local.get 2
      i32.load offset=4
      local.set 4
      local.get 2
      i32.load
      local.set 5
      local.get 2
      local.get 0
      local.get 1
      i32.const 4
      i32.shl
      i32.add
      local.get 6
      i32.const 4
      i32.shl
      local.tee 3
      i32.sub
      local.get 6
      local.get 6
      i32.const 66124
      call 3
      local.get 3
      local.get 2
      i32.load
      i32.add
      i32.const -16
      i32.add
      local.set 1
      i32.const 0
      local.set 3
      local.get 6
      i32.const -1
      i32.add
      local.get 2
      i32.load offset=4
      local.tee 7
      i32.lt_u
      local.set 0
      block  ;; label = @2
        loop  ;; label = @3
          local.get 6
          local.get 3
          i32.add
          local.tee 8
          i32.eqz
          br_if 2 (;@1;)
          local.get 4
          local.get 3
          i32.add
          i32.eqz
          br_if 1 (;@2;)
          block  ;; label = @4
            local.get 0
            i32.eqz
            br_if 0 (;@4;)
            local.get 5
            local.get 1
            call 0
            local.get 5
            i32.const 16
            i32.add
            local.set 5
            local.get 1
            i32.const -16
            i32.add
            local.set 1
            local.get 3
            i32.const -1
            i32.add
            local.set 3
            br 1 (;@3;)
          end
        end
        local.get 8
        i32.const -1
        i32.add
        local.get 7
        i32.const 66156
        call 14
        unreachable
      end
      local.get 4
      local.get 4
      i32.const 66140
      call 14
      unreachable
    end
    local.get 2
    i32.const 16
    i32.add
    global.set 0)
  (func (;13;) (type 4) (param i32 i32 i32 i32)
    (local i32 i32 i32 i32 i32 i64 i64 i64 i32 i32 i32 i32 i32 i32)
    global.get 0
    i32.const 848
    i32.sub
    local.tee 4
    global.set 0
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
                    local.get 3
                    br_if 1 (;@7;)
                    local.get 0
                    local.get 1
                    call 15
                    br 7 (;@1;)
                  end
                  local.get 1
                  i32.const 2
                  i32.lt_u
                  br_if 6 (;@1;)
                  local.get 1
                  i32.const 1
                  i32.shr_u
                  local.set 2
                  local.get 1
                  i32.const 15
                  i32.gt_u
                  br_if 1 (;@6;)
                  i32.const 4
                  local.set 3
                  local.get 0
                  local.get 2
                  i32.const 4
                  i32.shl
                  local.tee 5
                  i32.add
                  local.set 6
                  local.get 4
                  local.get 5
                  i32.add
                  local.set 5
                  block  ;; label = @8
                    local.get 1
                    i32.const 7
                    i32.le_u
                    br_if 0 (;@8;)
                    local.get 0
                    local.get 4
                    call 8
                    local.get 6
                    local.get 5
                    call 8
                    br 6 (;@2;)
                  end
                  local.get 4
                  local.get 0
                  i64.load offset=8
                  i64.store offset=8
                  local.get 4
                  local.get 0
                  i64.load
                  i64.store
                  local.get 5
                  local.get 6
                  i64.load
                  i64.store
                  local.get 5
                  local.get 6
                  i64.load offset=8
                  i64.store offset=8
                  i32.const 1
                  local.set 3
                  br 5 (;@2;)
                end
                local.get 0
                local.get 1
                i32.const 3
                i32.shr_u
                local.tee 6
                i32.const 112
                i32.mul
                i32.add
                local.set 5
                local.get 0
                local.get 6
                i32.const 6
                i32.shl
                i32.add
                local.set 7
                block  ;; label = @7
                  block  ;; label = @8
                    local.get 1
                    i32.const 64
                    i32.lt_u
                    br_if 0 (;@8;)
                    local.get 0
                    local.get 7
                    local.get 5
                    local.get 6
                    call 6
                    local.set 6
                    br 1 (;@7;)
                  end
                  local.get 0
                  local.set 6
                  local.get 0
                  local.get 7
                  call 5
                  local.tee 8
                  local.get 0
                  local.get 5
                  call 5
                  i32.ne
                  br_if 0 (;@7;)
                  local.get 5
                  local.get 7
                  local.get 8
                  local.get 7
                  local.get 5
                  call 5
                  i32.xor
                  select
                  local.set 6
                end
                local.get 3
                i32.const -1
                i32.add
                local.set 3
                local.get 6
                local.get 0
                i32.sub
                local.set 6
                local.get 2
                i32.eqz
                br_if 1 (;@5;)
                local.get 2
                local.get 0
                local.get 6
                i32.add
                local.tee 5
                call 5
                br_if 1 (;@5;)
                local.get 0
                i64.load
                local.set 9
                local.get 5
                i64.load offset=8
                local.set 10
                local.get 0
                local.get 5
                i64.load
                i64.store
                local.get 0
                i64.load offset=8
                local.set 11
                local.get 0
                local.get 10
                i64.store offset=8
                local.get 5
                local.get 11
                i64.store offset=8
                local.get 5
                local.get 9
                i64.store
                local.get 4
                local.get 0
                local.get 1
                i32.const 1
                i32.const 66172
                call 3
                block  ;; label = @7
                  block  ;; label = @8
                    block  ;; label = @9
                      local.get 4
                      i32.load offset=4
                      i32.eqz
                      br_if 0 (;@9;)
                      block  ;; label = @10
                        local.get 4
                        i32.load offset=12
                        local.tee 8
                        br_if 0 (;@10;)
                        i32.const 0
                        local.set 6
                        br 3 (;@7;)
                      end
                      local.get 4
                      i32.load
                      local.set 7
                      local.get 4
                      local.get 4
                      i32.load offset=8
                      local.tee 5
                      i64.load offset=8
                      i64.store offset=824
                      local.get 4
                      local.get 5
                      i64.load
                      i64.store offset=816
                      local.get 4
                      i32.const 0
                      i32.store offset=12
                      local.get 4
                      local.get 5
                      i32.const 16
                      i32.add
                      local.tee 6
                      i32.store offset=8
                      local.get 4
                      local.get 5
                      i32.store
                      local.get 5
                      local.get 8
                      i32.const 4
                      i32.shl
                      i32.add
                      local.tee 8
                      i32.const -16
                      i32.add
                      local.set 12
                      local.get 4
                      local.get 4
                      i32.const 816
                      i32.add
                      i32.store offset=4
                      loop  ;; label = @10
                        block  ;; label = @11
                          local.get 6
                          local.get 12
                          i32.lt_u
                          br_if 0 (;@11;)
                          loop  ;; label = @12
                            local.get 6
                            local.get 8
                            i32.eq
                            br_if 4 (;@8;)
                            local.get 7
                            local.get 5
                            local.get 4
                            call 16
                            local.get 4
                            i32.load offset=8
                            local.set 6
                            br 0 (;@12;)
                          end
                        end
                        local.get 7
                        local.get 5
                        local.get 4
                        call 16
                        local.get 7
                        local.get 5
                        local.get 4
                        call 16
                        local.get 4
                        i32.load offset=8
                        local.set 6
                        br 0 (;@10;)
                      end
                    end
                    i32.const 0
                    i32.const 0
                    i32.const 66188
                    call 14
                    unreachable
                  end
                  local.get 4
                  local.get 4
                  i32.load offset=4
                  i32.store offset=8
                  local.get 7
                  local.get 5
                  local.get 4
                  call 16
                  local.get 4
                  i32.load offset=12
                  local.tee 6
                  local.get 1
                  i32.ge_u
                  br_if 4 (;@3;)
                end
                local.get 0
                local.get 6
                i32.const 4
                i32.shl
                i32.add
                local.tee 5
                i64.load offset=8
                local.set 9
                local.get 0
                i64.load
                local.set 10
                local.get 0
                local.get 5
                i64.load
                i64.store
                local.get 0
                i64.load offset=8
                local.set 11
                local.get 0
                local.get 9
                i64.store offset=8
                local.get 5
                local.get 11
                i64.store offset=8
                local.get 5
                local.get 10
                i64.store
                local.get 6
                i32.const 1
                i32.add
                local.set 5
                block  ;; label = @7
                  local.get 6
                  local.get 1
                  i32.ge_u
                  br_if 0 (;@7;)
                  local.get 1
                  local.get 5
                  i32.sub
                  local.set 1
                  local.get 0
                  local.get 5
                  i32.const 4
                  i32.shl
                  i32.add
                  local.set 0
                  i32.const 0
                  local.set 2
                  br 3 (;@4;)
                end
                local.get 5
                local.get 1
                local.get 1
                i32.const 66204
                call 18
                unreachable
              end
              local.get 0
              local.get 4
              local.get 4
              local.get 1
              i32.const 4
              i32.shl
              i32.add
              local.tee 6
              call 9
              local.get 0
              local.get 2
              i32.const 4
              i32.shl
              local.tee 5
              i32.add
              local.get 4
              local.get 5
              i32.add
              local.get 6
              i32.const 128
              i32.add
              call 9
              i32.const 8
              local.set 3
              br 3 (;@2;)
            end
            local.get 0
            local.get 6
            i32.add
            local.tee 6
            i64.load offset=8
            local.set 9
            local.get 0
            i64.load
            local.set 10
            local.get 0
            local.get 6
            i64.load
            i64.store
            local.get 0
            i64.load offset=8
            local.set 11
            local.get 0
            local.get 9
            i64.store offset=8
            local.get 6
            local.get 11
            i64.store offset=8
            local.get 6
            local.get 10
            i64.store
            local.get 4
            local.get 0
            local.get 1
            i32.const 1
            i32.const 66172
            call 3
            block  ;; label = @5
              block  ;; label = @6
                block  ;; label = @7
                  local.get 4
                  i32.load offset=4
                  i32.eqz
                  br_if 0 (;@7;)
                  block  ;; label = @8
                    local.get 4
                    i32.load offset=12
                    local.tee 8
                    br_if 0 (;@8;)
                    i32.const 0
                    local.set 5
                    br 3 (;@5;)
                  end
                  local.get 4
                  i32.load
                  local.set 7
                  local.get 4
                  local.get 4
                  i32.load offset=8
                  local.tee 5
                  i64.load offset=8
                  i64.store offset=824
                  local.get 4
                  local.get 5
                  i64.load
                  i64.store offset=816
                  local.get 4
                  i32.const 0
                  i32.store offset=12
                  local.get 4
                  local.get 5
                  i32.const 16
                  i32.add
                  local.tee 6
                  i32.store offset=8
                  local.get 4
                  local.get 5
                  i32.store
                  local.get 5
                  local.get 8
                  i32.const 4
                  i32.shl
                  i32.add
                  local.tee 8
                  i32.const -16
                  i32.add
                  local.set 12
                  local.get 4
                  local.get 4
                  i32.const 816
                  i32.add
                  i32.store offset=4
                  loop  ;; label = @8
                    block  ;; label = @9
                      local.get 6
                      local.get 12
                      i32.lt_u
                      br_if 0 (;@9;)
                      loop  ;; label = @10
                        local.get 6
                        local.get 8
                        i32.eq
                        br_if 4 (;@6;)
                        local.get 7
                        local.get 5
                        local.get 4
                        call 17
                        local.get 4
                        i32.load offset=8
                        local.set 6
                        br 0 (;@10;)
                      end
                    end
                    local.get 7
                    local.get 5
                    local.get 4
                    call 17
                    local.get 7
                    local.get 5
                    local.get 4
                    call 17
                    local.get 4
                    i32.load offset=8
                    local.set 6
                    br 0 (;@8;)
                  end
                end
                i32.const 0
                i32.const 0
                i32.const 66188
                call 14
                br 3 (;@3;)
              end
              local.get 4
              local.get 4
              i32.load offset=4
              i32.store offset=8
              local.get 7
              local.get 5
              local.get 4
              call 17
              local.get 4
              i32.load offset=12
              local.tee 5
              local.get 1
              i32.ge_u
              br_if 2 (;@3;)
            end
            local.get 0
            local.get 5
            i32.const 4
            i32.shl
            i32.add
            local.tee 6
            i64.load offset=8
            local.set 9
            local.get 0
            i64.load
            local.set 10
            local.get 0
            local.get 6
            i64.load
            i64.store
            local.get 0
            i64.load offset=8
            local.set 11
            local.get 0
            local.get 9
            i64.store offset=8
            local.get 6
            local.get 11
            i64.store offset=8
            local.get 6
            local.get 10
            i64.store
            local.get 4
            local.get 0
            local.get 1
            local.get 5
            i32.const 66220
            call 3
            local.get 4
            i32.load offset=4
            local.set 6
            local.get 4
            i32.load
            local.set 5
            local.get 4
            local.get 4
            i32.load offset=8
            local.get 4
            i32.load offset=12
            i32.const 1
            i32.const 66236
            call 3
            block  ;; label = @5
              local.get 4
              i32.load offset=4
              i32.eqz
              br_if 0 (;@5;)
              local.get 4
              i32.load offset=12
              local.set 1
              local.get 4
              i32.load offset=8
              local.set 0
              local.get 4
              i32.load
              local.set 7
              local.get 5
              local.get 6
              local.get 2
              local.get 3
              call 13
              local.get 7
              local.set 2
              br 1 (;@4;)
            end
          end
          i32.const 0
          i32.const 0
          i32.const 66252
          call 14
          unreachable
        end
        unreachable
      end
      i32.const 0
      local.set 12
      local.get 4
      i32.const 0
      i32.store offset=824
      i32.const 0
      local.get 3
      i32.sub
      local.set 13
      local.get 0
      local.get 3
      i32.const 4
      i32.shl
      local.tee 6
      i32.add
      local.set 14
      local.get 4
      local.get 2
      i32.store offset=828
      local.get 1
      local.get 2
      i32.sub
      local.set 15
      local.get 4
      local.get 6
      i32.add
      local.set 16
      local.get 4
      i32.const 824
      i32.add
      local.set 17
      loop  ;; label = @2
        block  ;; label = @3
          block  ;; label = @4
            local.get 12
            i32.const 2
            i32.eq
            br_if 0 (;@4;)
            local.get 13
            local.get 15
            local.get 2
            local.get 17
            local.get 12
            i32.const 2
            i32.shl
            i32.add
            i32.load
            local.tee 6
            select
            local.tee 5
            local.get 3
            local.get 5
            local.get 3
            i32.gt_u
            select
            i32.add
            local.set 7
            local.get 16
            local.get 6
            i32.const 4
            i32.shl
            local.tee 8
            i32.add
            local.set 6
            local.get 14
            local.get 8
            i32.add
            local.set 5
            local.get 4
            local.get 8
            i32.add
            local.set 8
            loop  ;; label = @5
              local.get 7
              i32.eqz
              br_if 2 (;@3;)
              local.get 6
              local.get 5
              i64.load offset=8
              i64.store offset=8
              local.get 6
              local.get 5
              i64.load
              i64.store
              local.get 8
              local.get 6
              call 7
              local.get 7
              i32.const -1
              i32.add
              local.set 7
              local.get 6
              i32.const 16
              i32.add
              local.set 6
              local.get 5
              i32.const 16
              i32.add
              local.set 5
              br 0 (;@5;)
            end
          end
          local.get 4
          local.get 1
          local.get 0
          call 10
          br 2 (;@1;)
        end
        local.get 12
        i32.const 1
        i32.add
        local.set 12
        br 0 (;@2;)
      end
    end
    local.get 4
    i32.const 848
    i32.add
    global.set 0)
  (func (;14;) (type 6) (param i32 i32 i32)
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
    i32.const 65577
    local.get 3
    i32.const 16
    i32.add
    local.get 2
    call 4
    unreachable)
  (func (;15;) (type 2) (param i32 i32)
    (local i32 i32 i32 i32 i64 i64 i64 i32 i32)
    global.get 0
    i32.const 16
    i32.sub
    local.tee 2
    global.set 0
    local.get 1
    i32.const 1
    i32.shr_u
    local.get 1
    i32.add
    local.set 3
    block  ;; label = @1
      loop  ;; label = @2
        local.get 3
        i32.eqz
        br_if 1 (;@1;)
        block  ;; label = @3
          block  ;; label = @4
            local.get 3
            i32.const -1
            i32.add
            local.tee 3
            local.get 1
            i32.lt_u
            br_if 0 (;@4;)
            local.get 3
            local.get 1
            i32.sub
            local.set 4
            br 1 (;@3;)
          end
          local.get 0
          local.get 3
          i32.const 4
          i32.shl
          i32.add
          local.tee 5
          i64.load offset=8
          local.set 6
          local.get 0
          i64.load
          local.set 7
          local.get 0
          local.get 5
          i64.load
          i64.store
          local.get 0
          i64.load offset=8
          local.set 8
          local.get 0
          local.get 6
          i64.store offset=8
          local.get 5
          local.get 8
          i64.store offset=8
          local.get 5
          local.get 7
          i64.store
          i32.const 0
          local.set 4
        end
        local.get 1
        local.get 3
        local.get 1
        local.get 3
        i32.lt_u
        select
        local.set 9
        loop  ;; label = @3
          local.get 4
          i32.const 1
          i32.shl
          local.tee 10
          i32.const 1
          i32.or
          local.tee 5
          local.get 9
          i32.ge_u
          br_if 1 (;@2;)
          block  ;; label = @4
            local.get 10
            i32.const 2
            i32.add
            local.tee 10
            local.get 9
            i32.ge_u
            br_if 0 (;@4;)
            local.get 5
            local.get 0
            local.get 5
            i32.const 4
            i32.shl
            i32.add
            local.get 0
            local.get 10
            i32.const 4
            i32.shl
            i32.add
            call 5
            i32.add
            local.set 5
          end
          local.get 0
          local.get 4
          i32.const 4
          i32.shl
          i32.add
          local.tee 4
          local.get 0
          local.get 5
          i32.const 4
          i32.shl
          i32.add
          local.tee 10
          call 5
          i32.eqz
          br_if 1 (;@2;)
          local.get 4
          local.get 10
          call 0
          local.get 5
          local.set 4
          br 0 (;@3;)
        end
      end
    end
    local.get 2
    i32.const 16
    i32.add
    global.set 0)
  (func (;16;) (type 6) (param i32 i32 i32)
    (local i32 i32 i32 i64)
    local.get 0
    local.get 2
    i32.load offset=8
    local.tee 3
    call 5
    local.set 4
    local.get 1
    local.get 2
    i32.load offset=12
    local.tee 5
    i32.const 4
    i32.shl
    i32.add
    local.tee 0
    i64.load offset=8
    local.set 6
    local.get 2
    i32.load
    local.tee 1
    local.get 0
    i64.load
    i64.store
    local.get 1
    local.get 6
    i64.store offset=8
    local.get 2
    local.get 3
    i32.const 16
    i32.add
    i32.store offset=8
    local.get 2
    local.get 3
    i32.store
    local.get 2
    local.get 5
    local.get 4
    i32.const 1
    i32.xor
    i32.add
    i32.store offset=12
    local.get 0
    local.get 3
    i64.load offset=8
    i64.store offset=8
    local.get 0
    local.get 3
    i64.load
    i64.store)
  (func (;17;) (type 6) (param i32 i32 i32)
    (local i32 i32 i32 i64)
    local.get 2
    i32.load offset=8
    local.tee 3
    local.get 0
    call 5
    local.set 4
    local.get 1
    local.get 2
    i32.load offset=12
    local.tee 5
    i32.const 4
    i32.shl
    i32.add
    local.tee 0
    i64.load offset=8
    local.set 6
    local.get 2
    i32.load
    local.tee 1
    local.get 0
    i64.load
    i64.store
    local.get 1
    local.get 6
    i64.store offset=8
    local.get 2
    local.get 3
    i32.const 16
    i32.add
    i32.store offset=8
    local.get 2
    local.get 3
    i32.store
    local.get 2
    local.get 5
    local.get 4
    i32.add
    i32.store offset=12
    local.get 0
    local.get 3
    i64.load offset=8
    i64.store offset=8
    local.get 0
    local.get 3
    i64.load
    i64.store)
  (func (;18;) (type 4) (param i32 i32 i32 i32)
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
          i32.const 65537
          local.get 4
          i32.const 16
          i32.add
          local.get 3
          call 4
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
        i32.const 65632
        local.get 4
        i32.const 16
        i32.add
        local.get 3
        call 4
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
      i32.const 65689
      local.get 4
      i32.const 16
      i32.add
      local.get 3
      call 4
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
    i32.const 65689
    local.get 4
    i32.const 16
    i32.add
    local.get 3
    call 4
    unreachable)
  (func (;19;) (type 9) (result i32)
    i32.const 1)
  (func (;20;) (type 10) (param i32) (result i32)
    i32.const -1
    i32.const 66912
    local.get 0
    i32.const 40960
    i32.gt_u
    select)
  (func (;21;) (type 11) (param i32 i32) (result i64)
    i32.const 66268
    i64.extend_i32_u
    i64.const 32
    i64.shl
    i64.const 52
    i64.or)
  (func (;22;) (type 11) (param i32 i32) (result i64)
    (local i32 i32 i32 i32 i32 i64 i32 i32 i64 i32 i32 i64 i32 i32 i32)
    global.get 0
    i32.const 4112
    i32.sub
    local.tee 2
    global.set 0
    block  ;; label = @1
      block  ;; label = @2
        local.get 1
        i32.const 4
        i32.lt_u
        br_if 0 (;@2;)
        local.get 0
        i32.load align=1
        i32.const 1263555404
        i32.ne
        br_if 0 (;@2;)
        local.get 1
        i32.const 16
        i32.lt_u
        br_if 0 (;@2;)
        local.get 1
        i32.const 20
        i32.lt_u
        br_if 0 (;@2;)
        local.get 1
        i32.const 24
        i32.lt_u
        br_if 0 (;@2;)
        local.get 0
        i32.load offset=12 align=1
        local.tee 3
        i32.const 256
        i32.gt_u
        br_if 0 (;@2;)
        local.get 0
        i32.load offset=20 align=1
        local.tee 4
        i32.const 44
        i32.lt_u
        br_if 0 (;@2;)
        local.get 0
        i32.load offset=16 align=1
        local.set 5
        local.get 2
        i32.const 8
        i32.add
        local.get 0
        local.get 1
        i32.const 32
        call 2
        local.get 2
        i32.load offset=8
        local.tee 6
        i32.eqz
        br_if 0 (;@2;)
        i64.const -3750763034362895579
        local.get 6
        local.get 2
        i32.load offset=12
        call 1
        i32.const 65536
        i32.const 1
        call 1
        local.set 7
        i32.const 0
        local.set 6
        block  ;; label = @3
          loop  ;; label = @4
            block  ;; label = @5
              local.get 6
              i32.const 4096
              i32.ne
              br_if 0 (;@5;)
              i32.const 0
              local.set 8
              i32.const -16
              local.set 9
              local.get 4
              i64.extend_i32_u
              local.set 10
              i32.const 0
              local.set 11
              block  ;; label = @6
                block  ;; label = @7
                  loop  ;; label = @8
                    local.get 8
                    local.get 3
                    local.get 8
                    local.get 3
                    i32.gt_u
                    select
                    local.set 12
                    block  ;; label = @9
                      loop  ;; label = @10
                        local.get 12
                        local.get 8
                        i32.eq
                        br_if 1 (;@9;)
                        local.get 8
                        i64.extend_i32_u
                        local.get 10
                        i64.mul
                        local.tee 13
                        i64.const 32
                        i64.shr_u
                        i32.wrap_i64
                        br_if 8 (;@2;)
                        local.get 13
                        i32.wrap_i64
                        local.tee 4
                        local.get 5
                        i32.add
                        local.tee 6
                        local.get 4
                        i32.lt_u
                        br_if 8 (;@2;)
                        local.get 6
                        i32.const 24
                        i32.add
                        local.tee 4
                        i32.const -5
                        i32.gt_u
                        br_if 8 (;@2;)
                        local.get 6
                        i32.const 28
                        i32.add
                        local.get 1
                        i32.gt_u
                        br_if 8 (;@2;)
                        local.get 6
                        i32.const 32
                        i32.add
                        local.tee 14
                        i32.const -5
                        i32.gt_u
                        br_if 8 (;@2;)
                        local.get 6
                        i32.const 36
                        i32.add
                        local.get 1
                        i32.gt_u
                        br_if 8 (;@2;)
                        local.get 0
                        local.get 4
                        i32.add
                        i32.load align=1
                        local.set 4
                        local.get 0
                        local.get 14
                        i32.add
                        i32.load align=1
                        local.set 14
                        local.get 2
                        local.get 0
                        local.get 1
                        local.get 6
                        call 2
                        local.get 2
                        i32.load
                        local.tee 15
                        i32.eqz
                        br_if 8 (;@2;)
                        local.get 2
                        i32.load offset=4
                        local.set 16
                        local.get 14
                        i32.const 3
                        i32.and
                        local.set 6
                        local.get 8
                        i32.const 1
                        i32.add
                        local.set 8
                        local.get 4
                        i32.eqz
                        br_if 0 (;@10;)
                        local.get 6
                        i32.const 1
                        i32.ne
                        br_if 0 (;@10;)
                      end
                      local.get 7
                      local.get 15
                      local.get 16
                      call 1
                      local.set 13
                      local.get 11
                      i32.const 256
                      i32.eq
                      br_if 2 (;@7;)
                      local.get 2
                      i32.const 16
                      i32.add
                      local.get 11
                      i32.const 4
                      i32.shl
                      i32.add
                      local.tee 6
                      local.get 16
                      i32.store offset=12
                      local.get 6
                      local.get 15
                      i32.store offset=8
                      local.get 6
                      local.get 4
                      f64.convert_i32_u
                      f64.neg
                      local.get 13
                      i64.const 30
                      i64.shr_u
                      local.get 13
                      i64.xor
                      i64.const -4658895280553007687
                      i64.mul
                      local.tee 13
                      i64.const 27
                      i64.shr_u
                      local.get 13
                      i64.xor
                      i64.const -7723592293110705685
                      i64.mul
                      local.tee 13
                      i64.const 42
                      i64.shr_u
                      local.get 13
                      i64.const 11
                      i64.shr_u
                      i64.xor
                      f64.convert_i64_u
                      f64.const 0x1p-1 (;=0.5;)
                      f64.add
                      f64.const 0x1p-53 (;=1.11022e-16;)
                      f64.mul
                      call 34
                      f64.div
                      f64.store
                      local.get 9
                      i32.const 16
                      i32.add
                      local.set 9
                      local.get 11
                      i32.const 1
                      i32.add
                      local.set 11
                      br 1 (;@8;)
                    end
                  end
                  local.get 11
                  i32.const 257
                  i32.ge_u
                  br_if 1 (;@6;)
                  local.get 11
                  i32.const 2
                  i32.lt_u
                  br_if 4 (;@3;)
                  block  ;; label = @8
                    local.get 11
                    i32.const 21
                    i32.lt_u
                    br_if 0 (;@8;)
                    local.get 2
                    i32.const 16
                    i32.add
                    local.get 11
                    call 12
                    br 5 (;@3;)
                  end
                  local.get 2
                  i32.const 16
                  i32.add
                  i32.const 16
                  i32.add
                  local.set 1
                  loop  ;; label = @8
                    local.get 9
                    i32.eqz
                    br_if 5 (;@3;)
                    local.get 9
                    i32.const -16
                    i32.add
                    local.set 9
                    local.get 2
                    i32.const 16
                    i32.add
                    local.get 1
                    call 7
                    local.get 1
                    i32.const 16
                    i32.add
                    local.set 1
                    br 0 (;@8;)
                  end
                end
                i32.const 256
                i32.const 256
                i32.const 66080
                call 14
                unreachable
              end
              i32.const 0
              local.get 11
              i32.const 256
              i32.const 66052
              call 18
              unreachable
            end
            local.get 2
            i32.const 16
            i32.add
            local.get 6
            i32.add
            local.tee 8
            i64.const 0
            i64.store
            local.get 8
            i32.const 8
            i32.add
            i64.const 1
            i64.store
            local.get 6
            i32.const 16
            i32.add
            local.set 6
            br 0 (;@4;)
          end
        end
        i32.const 0
        local.set 14
        i32.const 0
        i32.const 0
        i32.load offset=66076 align=1
        i32.store offset=107880 align=1
        i32.const 0
        i32.const 0
        i64.load offset=66068 align=1
        i64.store offset=107872 align=1
        local.get 2
        i32.const 16
        i32.add
        local.get 11
        i32.const 4
        i32.shl
        i32.add
        local.set 5
        local.get 2
        i32.const 16
        i32.add
        local.set 1
        i32.const 12
        local.set 4
        loop  ;; label = @3
          block  ;; label = @4
            block  ;; label = @5
              local.get 1
              local.get 5
              i32.eq
              br_if 0 (;@5;)
              local.get 14
              i32.eqz
              br_if 1 (;@4;)
              local.get 4
              i32.const 8191
              i32.gt_u
              br_if 3 (;@2;)
              local.get 4
              i32.const 44
              i32.store8 offset=107872
              local.get 4
              i32.const 1
              i32.add
              local.set 4
              br 1 (;@4;)
            end
            local.get 4
            i32.const 8190
            i32.gt_u
            br_if 2 (;@2;)
            local.get 4
            i32.const 32093
            i32.store16 offset=107872 align=1
            i32.const 107872
            i64.extend_i32_u
            i64.const 32
            i64.shl
            local.get 4
            i32.const 2
            i32.add
            i64.extend_i32_u
            i64.or
            local.set 13
            br 3 (;@1;)
          end
          local.get 14
          i32.const 1
          i32.add
          local.set 14
          local.get 1
          i32.const 16
          i32.add
          local.set 12
          local.get 1
          i32.load offset=12
          local.set 0
          local.get 1
          i32.load offset=8
          local.set 8
          i32.const 0
          local.set 1
          block  ;; label = @4
            loop  ;; label = @5
              local.get 0
              local.get 1
              i32.eq
              br_if 1 (;@4;)
              local.get 8
              local.get 1
              i32.add
              i32.load8_u
              local.tee 6
              i32.const 34
              i32.eq
              br_if 3 (;@2;)
              local.get 6
              i32.const 92
              i32.eq
              br_if 3 (;@2;)
              local.get 1
              i32.const 1
              i32.add
              local.set 1
              local.get 6
              i32.const 32
              i32.ge_u
              br_if 0 (;@5;)
              br 3 (;@2;)
            end
          end
          local.get 4
          i32.const 8191
          i32.gt_u
          br_if 1 (;@2;)
          local.get 4
          i32.const 34
          i32.store8 offset=107872
          local.get 4
          i32.const 1
          i32.add
          local.tee 6
          local.get 0
          i32.add
          local.tee 1
          local.get 4
          i32.le_u
          br_if 1 (;@2;)
          local.get 1
          i32.const 8192
          i32.gt_u
          br_if 1 (;@2;)
          block  ;; label = @4
            local.get 0
            i32.eqz
            br_if 0 (;@4;)
            local.get 6
            i32.const 107872
            i32.add
            local.get 8
            local.get 0
            memory.copy
          end
          local.get 1
          i32.const 8191
          i32.gt_u
          br_if 1 (;@2;)
          local.get 1
          i32.const 34
          i32.store8 offset=107872
          local.get 1
          i32.const 1
          i32.add
          local.set 4
          local.get 12
          local.set 1
          br 0 (;@3;)
        end
      end
      i32.const 66320
      i64.extend_i32_u
      i64.const 32
      i64.shl
      i64.const 42
      i64.or
      local.set 13
    end
    local.get 2
    i32.const 4112
    i32.add
    global.set 0
    local.get 13)
  (func (;23;) (type 12) (param i32)
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
    call 29
    unreachable)
  (func (;24;) (type 0) (param i32 i32) (result i32)
    (local i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i32 i64)
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
        i32.load16_u offset=66362 align=1
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
        i32.load16_u offset=66362 align=1
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
      i32.load16_u offset=66362 align=1
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
      i32.load8_u offset=66363
      i32.store8
    end
    i32.const 43
    i32.const 1114112
    local.get 1
    i32.load offset=8
    local.tee 0
    i32.const 2097152
    i32.and
    local.tee 5
    select
    local.set 4
    local.get 0
    i32.const 8388608
    i32.and
    i32.const 23
    i32.shr_u
    local.set 9
    local.get 2
    i32.const 6
    i32.add
    local.get 3
    i32.add
    local.set 10
    block  ;; label = @1
      block  ;; label = @2
        local.get 5
        i32.const 21
        i32.shr_u
        i32.const 10
        local.get 3
        i32.sub
        local.tee 11
        i32.add
        local.tee 7
        local.get 1
        i32.load16_u offset=12
        local.tee 8
        i32.ge_u
        br_if 0 (;@2;)
        block  ;; label = @3
          block  ;; label = @4
            block  ;; label = @5
              local.get 0
              i32.const 16777216
              i32.and
              br_if 0 (;@5;)
              local.get 8
              local.get 7
              i32.sub
              local.set 12
              i32.const 0
              local.set 3
              i32.const 0
              local.set 8
              block  ;; label = @6
                block  ;; label = @7
                  block  ;; label = @8
                    local.get 0
                    i32.const 29
                    i32.shr_u
                    i32.const 3
                    i32.and
                    br_table 2 (;@6;) 0 (;@8;) 1 (;@7;) 0 (;@8;) 2 (;@6;)
                  end
                  local.get 12
                  local.set 8
                  br 1 (;@6;)
                end
                local.get 12
                i32.const 65534
                i32.and
                i32.const 1
                i32.shr_u
                local.set 8
              end
              local.get 0
              i32.const 2097151
              i32.and
              local.set 7
              local.get 1
              i32.load offset=4
              local.set 6
              local.get 1
              i32.load
              local.set 5
              loop  ;; label = @6
                local.get 3
                i32.const 65535
                i32.and
                local.get 8
                i32.const 65535
                i32.and
                i32.ge_u
                br_if 2 (;@4;)
                i32.const 1
                local.set 0
                local.get 3
                i32.const 1
                i32.add
                local.set 3
                local.get 5
                local.get 7
                local.get 6
                i32.load offset=16
                call_indirect (type 0)
                i32.eqz
                br_if 0 (;@6;)
                br 5 (;@1;)
              end
            end
            local.get 1
            local.get 1
            i64.load offset=8 align=4
            local.tee 13
            i32.wrap_i64
            i32.const -1612709888
            i32.and
            i32.const 536870960
            i32.or
            i32.store offset=8
            i32.const 1
            local.set 0
            local.get 1
            i32.load
            local.tee 5
            local.get 1
            i32.load offset=4
            local.tee 6
            local.get 4
            local.get 9
            call 25
            br_if 3 (;@1;)
            i32.const 0
            local.set 3
            local.get 8
            local.get 7
            i32.sub
            i32.const 65535
            i32.and
            local.set 7
            loop  ;; label = @5
              local.get 3
              i32.const 65535
              i32.and
              local.get 7
              i32.ge_u
              br_if 2 (;@3;)
              i32.const 1
              local.set 0
              local.get 3
              i32.const 1
              i32.add
              local.set 3
              local.get 5
              i32.const 48
              local.get 6
              i32.load offset=16
              call_indirect (type 0)
              i32.eqz
              br_if 0 (;@5;)
              br 4 (;@1;)
            end
          end
          i32.const 1
          local.set 0
          local.get 5
          local.get 6
          local.get 4
          local.get 9
          call 25
          br_if 2 (;@1;)
          local.get 5
          local.get 10
          local.get 11
          local.get 6
          i32.load offset=12
          call_indirect (type 1)
          br_if 2 (;@1;)
          local.get 12
          local.get 8
          i32.sub
          i32.const 65535
          i32.and
          local.set 8
          i32.const 0
          local.set 3
          loop  ;; label = @4
            block  ;; label = @5
              local.get 3
              i32.const 65535
              i32.and
              local.get 8
              i32.lt_u
              br_if 0 (;@5;)
              i32.const 0
              local.set 0
              br 4 (;@1;)
            end
            i32.const 1
            local.set 0
            local.get 3
            i32.const 1
            i32.add
            local.set 3
            local.get 5
            local.get 7
            local.get 6
            i32.load offset=16
            call_indirect (type 0)
            i32.eqz
            br_if 0 (;@4;)
            br 3 (;@1;)
          end
        end
        i32.const 1
        local.set 0
        local.get 5
        local.get 10
        local.get 11
        local.get 6
        i32.load offset=12
        call_indirect (type 1)
        br_if 1 (;@1;)
        local.get 1
        local.get 13
        i64.store offset=8 align=4
        i32.const 0
        local.set 0
        br 1 (;@1;)
      end
      i32.const 1
      local.set 0
      local.get 1
      i32.load
      local.tee 3
      local.get 1
      i32.load offset=4
      local.tee 5
      local.get 4
      local.get 9
      call 25
      br_if 0 (;@1;)
      local.get 3
      local.get 10
      local.get 11
      local.get 5
      i32.load offset=12
      call_indirect (type 1)
      local.set 0
    end
    local.get 2
    i32.const 16
    i32.add
    global.set 0
    local.get 0)
  (func (;25;) (type 7) (param i32 i32 i32 i32) (result i32)
    block  ;; label = @1
      local.get 2
      i32.const 1114112
      i32.eq
      br_if 0 (;@1;)
      local.get 0
      local.get 2
      local.get 1
      i32.load offset=16
      call_indirect (type 0)
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
    i32.const 0
    local.get 1
    i32.load offset=12
    call_indirect (type 1))
  (func (;26;) (type 2) (param i32 i32)
    local.get 0
    i32.const 0
    i32.store)
  (func (;27;) (type 4) (param i32 i32 i32 i32)
    (local i32 i32)
    global.get 0
    i32.const 16
    i32.sub
    local.tee 4
    global.set 0
    i32.const 0
    i32.const 0
    i32.load offset=116076
    local.tee 5
    i32.const 1
    i32.add
    i32.store offset=116076
    block  ;; label = @1
      local.get 5
      i32.const 0
      i32.lt_s
      br_if 0 (;@1;)
      block  ;; label = @2
        block  ;; label = @3
          i32.const 0
          i32.load8_u offset=116068
          br_if 0 (;@3;)
          i32.const 0
          i32.const 0
          i32.load offset=116064
          i32.const 1
          i32.add
          i32.store offset=116064
          i32.const 0
          i32.load offset=116072
          i32.const -1
          i32.gt_s
          br_if 1 (;@2;)
          br 2 (;@1;)
        end
        local.get 4
        i32.const 8
        i32.add
        local.get 0
        local.get 1
        call_indirect (type 2)
        unreachable
      end
      i32.const 0
      i32.const 0
      i32.store8 offset=116068
      local.get 2
      i32.eqz
      br_if 0 (;@1;)
      call 28
      unreachable
    end
    unreachable)
  (func (;28;) (type 8)
    unreachable)
  (func (;29;) (type 12) (param i32)
    local.get 0
    call 30
    unreachable)
  (func (;30;) (type 12) (param i32)
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
      i32.const 2
      local.get 0
      i32.load offset=8
      local.tee 0
      i32.load8_u offset=8
      local.get 0
      i32.load8_u offset=9
      call 27
      unreachable
    end
    local.get 1
    i32.const -2147483648
    i32.store
    local.get 1
    local.get 0
    i32.store offset=12
    local.get 1
    i32.const 3
    local.get 0
    i32.load offset=8
    local.tee 0
    i32.load8_u offset=8
    local.get 0
    i32.load8_u offset=9
    call 27
    unreachable)
  (func (;31;) (type 2) (param i32 i32)
    local.get 0
    local.get 1
    i64.load align=4
    i64.store)
  (func (;32;) (type 1) (param i32 i32 i32) (result i32)
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
  (func (;33;) (type 13) (param f64) (result f64)
    (local i64 i32 i64 i32 f64 f64)
    block  ;; label = @1
      block  ;; label = @2
        block  ;; label = @3
          block  ;; label = @4
            local.get 0
            i64.reinterpret_f64
            local.tee 1
            i64.const 4503599627370496
            i64.lt_s
            br_if 0 (;@4;)
            local.get 1
            i64.const 9218868437227405311
            i64.gt_u
            br_if 3 (;@1;)
            i32.const -1023
            local.set 2
            block  ;; label = @5
              local.get 1
              i64.const 32
              i64.shr_u
              local.tee 3
              i64.const 1072693248
              i64.eq
              br_if 0 (;@5;)
              local.get 3
              i32.wrap_i64
              local.set 4
              br 2 (;@3;)
            end
            i32.const 1072693248
            local.set 4
            local.get 1
            i32.wrap_i64
            br_if 1 (;@3;)
            f64.const 0x0p+0 (;=0;)
            return
          end
          block  ;; label = @4
            local.get 0
            f64.const 0x0p+0 (;=0;)
            f64.ne
            br_if 0 (;@4;)
            f64.const -0x1p+0 (;=-1;)
            local.get 0
            local.get 0
            f64.mul
            f64.div
            return
          end
          local.get 1
          i64.const 0
          i64.lt_s
          br_if 1 (;@2;)
          local.get 0
          f64.const 0x1p+54 (;=1.80144e+16;)
          f64.mul
          i64.reinterpret_f64
          local.tee 1
          i64.const 32
          i64.shr_u
          i32.wrap_i64
          local.set 4
          i32.const -1077
          local.set 2
        end
        local.get 4
        i32.const 614242
        i32.add
        local.tee 4
        i32.const 20
        i32.shr_u
        local.get 2
        i32.add
        f64.convert_i32_s
        local.tee 5
        f64.const 0x1.62e42feep-1 (;=0.693147;)
        f64.mul
        local.get 4
        i32.const 1048575
        i32.and
        i32.const 1072079006
        i32.add
        i64.extend_i32_u
        i64.const 32
        i64.shl
        local.get 1
        i64.const 4294967295
        i64.and
        i64.or
        f64.reinterpret_i64
        f64.const -0x1p+0 (;=-1;)
        f64.add
        local.tee 0
        local.get 5
        f64.const 0x1.a39ef35793c76p-33 (;=1.90821e-10;)
        f64.mul
        local.get 0
        local.get 0
        f64.const 0x1p+1 (;=2;)
        f64.add
        f64.div
        local.tee 5
        local.get 0
        local.get 0
        f64.const 0x1p-1 (;=0.5;)
        f64.mul
        f64.mul
        local.tee 6
        local.get 5
        local.get 5
        f64.mul
        local.tee 5
        local.get 5
        f64.mul
        local.tee 0
        local.get 0
        local.get 0
        f64.const 0x1.39a09d078c69fp-3 (;=0.153138;)
        f64.mul
        f64.const 0x1.c71c51d8e78afp-3 (;=0.222222;)
        f64.add
        f64.mul
        f64.const 0x1.999999997fa04p-2 (;=0.4;)
        f64.add
        f64.mul
        local.get 5
        local.get 0
        local.get 0
        local.get 0
        f64.const 0x1.2f112df3e5244p-3 (;=0.147982;)
        f64.mul
        f64.const 0x1.7466496cb03dep-3 (;=0.181836;)
        f64.add
        f64.mul
        f64.const 0x1.2492494229359p-2 (;=0.285714;)
        f64.add
        f64.mul
        f64.const 0x1.5555555555593p-1 (;=0.666667;)
        f64.add
        f64.mul
        f64.add
        f64.add
        f64.mul
        f64.add
        local.get 6
        f64.sub
        f64.add
        f64.add
        return
      end
      local.get 0
      local.get 0
      f64.sub
      f64.const 0x0p+0 (;=0;)
      f64.div
      local.set 0
    end
    local.get 0)
  (func (;34;) (type 13) (param f64) (result f64)
    local.get 0
    call 33)
  (table (;0;) 4 4 funcref)
  (memory (;0;) 2)
  (global (;0;) (mut i32) (i32.const 65536))
  (global (;1;) i32 (i32.const 116080))
  (global (;2;) i32 (i32.const 116080))
  (export "memory" (memory 0))
  (export "lavastack_abi_version" (func 19))
  (export "lavastack_alloc" (func 20))
  (export "select_node" (func 21))
  (export "select_node_packed" (func 22))
  (export "__data_end" (global 1))
  (export "__heap_base" (global 2))
  (elem (;0;) (i32.const 1) func 24 31 26)
  (data (;0;) (i32.const 65536) ":\16slice index starts at \c0\0d but ends at \c0\00 index out of bounds: the len is \c0\12 but the index is \c0\00\12range start index \c0\22 out of range for slice of length \c0\00\10range end index \c0\22 out of range for slice of length \c0\00/rustc/59807616e1fa2540724bfbac14d7976d7e4a3860/library/core/src/slice/sort/shared/smallsort.rs\00/rustc/59807616e1fa2540724bfbac14d7976d7e4a3860/library/core/src/slice/sort/unstable/quicksort.rs\00/rustc/59807616e1fa2540724bfbac14d7976d7e4a3860/library/core/src/slice/mod.rs\00test-guests/floor-sticky/src/lib.rs\00\e0\01\01\00#\00\00\00x\00\00\00\1d\00\00\00{\22ranking\22:[\e0\01\01\00#\00\00\00u\00\00\00\09\00\00\00mid > len\00\00\00\92\01\01\00M\00\00\00\f2\03\00\00\1c\00\00\00\92\01\01\00M\00\00\00\f3\03\00\00\1c\00\00\00\92\01\01\00M\00\00\00\f7\03\00\00 \00\00\00\92\01\01\00M\00\00\00\f7\03\00\00+\00\00\000\01\01\00a\00\00\00q\00\00\00&\00\00\000\01\01\00a\00\00\00x\00\00\00\16\00\00\000\01\01\00a\00\00\008\00\00\00\1b\00\00\000\01\01\00a\00\00\00D\00\00\00\1f\00\00\000\01\01\00a\00\00\00E\00\00\00$\00\00\000\01\01\00a\00\00\00F\00\00\00\16\00\00\00{\22error\22:\22floor-sticky reads only the packed input\22}{\22error\22:\22floor-sticky: bad packed input\22}00010203040506070809101112131415161718192021222324252627282930313233343536373839404142434445464748495051525354555657585960616263646566676869707172737475767778798081828384858687888990919293949596979899\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\01\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\00\02\02\02\02\02\02\02\02\02\02\02\02\02\02\02\02\02\02\02\02\02\02\02\02\02\02\02\02\02\02\03\03\03\03\03\03\03\03\03\03\03\03\03\03\03\03\04\04\04\04\04\00\00\00\00\00\00\00\00\00\00\00user-provided comparison function does not correctly implement a total order\00\00\d0\00\01\00_\00\00\00\5c\03\00\00\05\00\00\00"))
