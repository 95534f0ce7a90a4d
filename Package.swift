// swift-tools-version:6.1
import PackageDescription

let package = Package(
    name: "Istilah",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "istilah", targets: ["istilah"]),
        .library(name: "Segmentation", targets: ["Segmentation"]),
        .library(name: "Terminology", targets: ["Terminology"]),
        .library(name: "Termbase", targets: ["Termbase"]),
        .library(name: "Alignment", targets: ["Alignment"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
    ],
    targets: [
        .systemLibrary(
            name: "CICU",
            pkgConfig: "icu-uc icu-i18n",
            providers: [.apt(["libicu-dev", "pkg-config"])]
        ),
        .target(name: "Segmentation", dependencies: ["CICU"], exclude: ["Indonesian/LICENSE-sastrawi"]),
        .target(name: "Terminology", dependencies: ["Segmentation", "Termbase"]),
        .systemLibrary(name: "CZlib", providers: [.apt(["zlib1g-dev"])]),
        .target(name: "Termbase", dependencies: ["Segmentation", "CZlib"]),
        .target(name: "Alignment", dependencies: ["Terminology", "Termbase"]),
        .executableTarget(
            name: "istilah",
            dependencies: [
                "Segmentation",
                "Terminology",
                "Termbase",
                "Alignment",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .target(name: "TestSupport", path: "Tests/TestSupport"),
        .testTarget(name: "SegmentationTests", dependencies: ["Segmentation", "TestSupport"]),
        .testTarget(name: "TerminologyTests", dependencies: ["Terminology", "Segmentation", "Termbase", "TestSupport"]),
        .testTarget(name: "TermbaseTests", dependencies: ["Termbase", "TestSupport"], exclude: ["Golden", "Data"]),
        .testTarget(name: "AlignmentTests", dependencies: ["Alignment", "Termbase", "Terminology", "TestSupport"], exclude: ["Data"]),
        .testTarget(name: "istilahTests", dependencies: ["istilah", "TestSupport"], exclude: ["Golden"]),
    ],
    swiftLanguageModes: [.v6]
)
