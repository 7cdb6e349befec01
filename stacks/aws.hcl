# Lavalink on EC2 in two AWS regions: explicit nodes in the primary region, a pool placed over
# zones in the other. See docs/providers.md.
#   lavastack plan --stack stacks/aws.hcl --refresh=false    # what would be created, no AWS calls
#   lavastack apply --stack stacks/aws.hcl                    # needs AWS credentials, real AMIs
# The instances read the Lavalink password at boot from SSM (password_parameter); store it first:
#   aws ssm put-parameter --type SecureString --name /lavalink/prod/password --value ...
state "local" { path = ".lavastack/aws-state.json" }

stack "music-aws" {
  lavalink_version = "4.0.8"
  password         = var.lavalink_password
}

variable "lavalink_password" {
  sensitive = true
  default   = "change-me-before-apply"
}

variable "ami_eu" {
  default = "ami-0123456789abcdef0" # a Debian 12 / Ubuntu 24.04 image with cloud-init and the aws CLI
}

variable "ami_us" {
  default = "ami-0fedcba9876543210"
}

provider "aws" "eu" {
  region               = "eu-west-1"
  ami                  = var.ami_eu
  instance_type        = "t3.medium"
  password_parameter   = "/lavalink/prod/password"
  iam_instance_profile = "lavalink-node"
  # The managed security group opens Lavalink's port to these only (the bots' VPC here).
  allow_from = ["10.0.0.0/16"]
  tags       = { team = "audio" }
}

provider "aws" "us" {
  region               = "us-east-1"
  ami                  = var.ami_us
  instance_type        = "t3.medium"
  password_parameter   = "/lavalink/prod/password"
  iam_instance_profile = "lavalink-node"
  # The managed security group opens Lavalink's port to these only (the bots' VPC here).
  allow_from = ["10.0.0.0/16"]
  tags       = { team = "audio" }
}

region "eu-west" {
  provider = "aws.eu"
  primary  = true
  zones    = ["a", "b", "c"]
}

region "us-east" {
  provider = "aws.us"
  zones    = ["a", "b"]
}

node "eu-1" {
  region        = "eu-west"
  zone          = "a"
  weight        = 3
  instance_type = "c6i.large" # the busiest node gets more CPU
}

node "eu-2" {
  region = "eu-west"
  zone   = "b"
  weight = 2
}

pool "us" {
  region = "us-east"
  count  = 2
}
