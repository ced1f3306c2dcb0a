KIND = "slow"
