# Sources of core/signing, added to causeway-core.
target_sources(causeway-core PRIVATE
)
