# ims27013 — PGXS build.
#
#   make && make install          build and install into the server of $(PG_CONFIG)
#   make demo                     set everything up and show the demo (see README)
#   make test                     set everything up and run every test suite
#   make bench                    set everything up and run the benchmarks
#
# The version is read once, from ims27013.control.

EXTENSION = ims27013
EXTVERSION := $(shell sed -n "s/^default_version[[:space:]]*=[[:space:]]*'\([^']*\)'.*/\1/p" $(EXTENSION).control)

MODULE_big = $(EXTENSION)
OBJS = $(patsubst %.c,%.o,$(sort $(wildcard src/*.c)))

# The install script is assembled from the SQL modules in src/sql, in name order.
SQL_MODULES = $(sort $(wildcard src/sql/*.sql))
DATA_built = $(EXTENSION)--$(EXTVERSION).sql
DATA = $(wildcard src/sql/updates/$(EXTENSION)--*--*.sql)

# pg_regress tests (sql/ + expected/) and isolation specs (specs/ + expected/).
# Both run in name order; a new file is picked up without editing this file.
REGRESS = $(patsubst sql/%.sql,%,$(sort $(wildcard sql/*.sql)))
REGRESS_OPTS = --load-extension=$(EXTENSION)
ISOLATION = $(patsubst specs/%.spec,%,$(sort $(wildcard specs/*.spec)))
ISOLATION_OPTS = --load-extension=$(EXTENSION)

EXTRA_CLEAN = $(DATA_built)

PG_CONFIG ?= pg_config
PG_CPPFLAGS = -I$(srcdir)/src

# The set-up targets must work before PostgreSQL's development files exist,
# so PGXS is only included for the ordinary build targets.
SETUP_GOALS = demo test bench deps
ifeq ($(filter-out $(SETUP_GOALS),$(or $(MAKECMDGOALS),all)),)

.PHONY: $(SETUP_GOALS)
demo:
	@bash tools/demo.sh
test:
	@bash tools/test.sh
bench:
	@bash tools/bench.sh
deps:
	@bash tools/deps.sh

else

PGXS := $(shell $(PG_CONFIG) --pgxs 2>/dev/null)
ifeq ($(wildcard $(PGXS)),)
$(error PGXS not found through "$(PG_CONFIG) --pgxs": install postgresql-server-dev-15 (or run "make deps"))
endif
include $(PGXS)


# Regenerated on every make: a removed or renamed module must not linger.
.PHONY: $(EXTENSION)--$(EXTVERSION).sql
$(EXTENSION)--$(EXTVERSION).sql: $(SQL_MODULES) $(EXTENSION).control
	@printf '%s\n' "-- $(EXTENSION) $(EXTVERSION): generated from src/sql/*.sql by make; do not edit" > $@
	@printf '%s\n' '\echo Use "CREATE EXTENSION $(EXTENSION)" to load this file. \quit' >> $@
	@for f in $(SQL_MODULES); do printf '\n-- source: %s\n' "$$f" >> $@; cat "$$f" >> $@; done

endif
