# Sources of core/metrics, added to causeway-core.
target_sources(causeway-core PRIVATE
)
