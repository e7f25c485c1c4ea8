# Sources of core/actions, added to causeway-core.
target_sources(causeway-core PRIVATE
)
