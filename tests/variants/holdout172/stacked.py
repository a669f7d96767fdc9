"""Stacked projects and a one-year table with direction and word-operator columns (nz16–nz18)."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout172.common import (
    book,
    indicators,
    money,
    one_year,
    sign,
    source_block,
    w,
)
from tests.variants.holdout172.registry import variant
from tests.variants.kit import Book, day, mk

H4 = ("一级指标", "二级指标", "三级指标", "指标值")


@variant(
    "nz16-stacked-sources-and-deadline",
    (2, 12),
    "two one-year projects stacked, OLD-NAT: "
    "the second's 资金来源 miss its 合计 and its deadline falls after its 计划完成日期; the "
    "same indicator name in both projects",
)
def nz16() -> Book:
    b, s = book("项目绩效目标")
    project_head(
        s,
        year=2027,
        name="岚桥镇农村人居环境整治项目",
        dept="云岫县岚桥镇人民政府（601）",
        unit="岚桥镇村镇建设服务中心",
        money=one_year(w(90), w(80), w(10)),
        goals=["完成8个行政村环境整治，新建农村公厕8座。"],
    )
    indicators(
        s,
        H4,
        [
            ("产出指标", "数量指标", "环境整治行政村数量", "≥8个"),
            (None, None, "新建农村公厕数量", "≥8座"),
            (None, "质量指标", "工程验收合格率", "=100%"),
            (None, "时效指标", "整治任务完成时间", "2027年10月31日前"),
            (None, "成本指标", "单座公厕建设成本", "≤10万元"),
            ("效益指标", "社会效益指标", "农村生活垃圾收运覆盖率", "≥95%"),
            ("满意度指标", "服务对象满意度指标", "村民满意度", "≥90%"),
        ],
    )
    s.skip()
    project_head(
        s,
        year=2027,
        name="岚桥镇农村饮水安全巩固提升项目",
        title="",
        dept="云岫县岚桥镇人民政府（601）",
        unit="岚桥镇水利站",
        start=day(2027, 3, 1),
        end=day(2027, 9, 30),
        money_label="资金来源（万元）",
        money=one_year(
            mk(w(80), "B101", "error", row=True, note="60 + 15 = 75 ≠ 80"), w(60), w(15)
        ),
        goals=["改造供水管网12公里，提升5个村集中供水保障水平。"],
    )
    indicators(
        s,
        H4,
        [
            ("产出指标", "数量指标", "改造供水管网长度", "≥12公里"),
            (None, None, "受益行政村数量", "≥5个"),
            (None, "质量指标", "工程验收合格率", "≥98%"),
            (
                None,
                "时效指标",
                "管网改造完工时间",
                mk("2027年11月30日前", "Y102", "error", note="after 计划完成日期 2027-09-30"),
            ),
            (None, "成本指标", "每公里管网改造成本", "≤6.5万元"),
            ("效益指标", "社会效益指标", "集中供水入户率", "≥95%"),
            ("满意度指标", "服务对象满意度指标", "村民满意度", "≥85%"),
        ],
    )
    sign(s, "柯映雪", "2026年11月19日")
    return b


@variant(
    "nz17-stacked-consistent",
    (2, 12),
    "two one-year projects stacked, OLD-NAT, one with a "
    "资金来源 block; the same indicator names with different values in each project",
)
def nz17() -> Book:
    b, s = book("项目绩效目标")
    project_head(
        s,
        year=2027,
        name="枫渡市中小学校园安全技防提升",
        dept="枫渡市教育局（230）",
        unit="枫渡市教育装备中心",
        money=one_year(w(240), w(240), w(0)),
        goals=["为40所中小学更新视频监控及一键报警设备。"],
    )
    indicators(
        s,
        H4,
        [
            ("产出指标", "数量指标", "技防设备更新学校数量", "≥40所"),
            (None, "质量指标", "设备安装验收合格率", "=100%"),
            (None, "时效指标", "设备安装完成时间", "2027年8月25日前"),
            (None, "成本指标", "每校技防改造成本", "≤6万元"),
            ("效益指标", "社会效益指标", "校园安全事件发生次数", "=0起"),
            ("满意度指标", "服务对象满意度指标", "师生及家长满意度", "≥90%"),
        ],
    )
    s.skip()
    project_head(
        s,
        year=2027,
        name="枫渡市中小学教师信息技术能力培训",
        title="",
        dept="枫渡市教育局（230）",
        unit="枫渡市教师发展中心",
        money=one_year(w(75), w(60), w(15)),
        goals=["2027年培训中小学教师1500人次，教师信息化教学能力明显提升。"],
    )
    source_block(s, money(75), money(60), money(15), "其他资金为培训合作单位配套")
    indicators(
        s,
        H4,
        [
            ("产出指标", "数量指标", "教师培训人次", "≥1500人次"),
            (None, "质量指标", "培训考核合格率", "≥95%"),
            (None, "时效指标", "培训完成时间", "2027年11月30日前"),
            (None, "成本指标", "人均培训成本", "≤500元/人次"),
            ("效益指标", "社会效益指标", "参训教师信息化教学应用率", "≥80%"),
            ("满意度指标", "服务对象满意度指标", "师生及家长满意度", "≥85%"),
        ],
    )
    sign(s, "白露晞", "2026年11月23日")
    return b


@variant(
    "nz18-direction-and-word-operators",
    (11, 12),
    "one-year project, OLD-NAT, 指标性质 as "
    "direction and 指标方向 as word operators: 600元/人·月 × 260人 × 12 above the money, a "
    "rate under 数量 and 质量 with two values, a 正向 rate with 小于等于",
)
def nz18() -> Book:
    b, s = book()
    project_head(
        s,
        year=2027,
        name="苇塘区困难残疾人生活补助项目",
        dept="苇塘区民政局（117）",
        unit="苇塘区社会救助服务中心",
        money=one_year(w(160), w(160), w(0)),
        goals=["按月向困难残疾人发放生活补助，保障其基本生活。"],
    )
    indicators(
        s,
        ("一级指标", "二级指标", "三级指标", "指标性质", "指标方向", "指标值", "计量单位"),
        [
            ("产出指标", "数量指标", "补助对象人数", "正向", "大于等于", 260, "人"),
            (
                None,
                None,
                "补助对象动态核查覆盖率",
                "正向",
                "大于等于",
                mk(
                    90,
                    "D102",
                    "error",
                    row=True,
                    required=False,
                    alt=("F201", "D103"),
                    note="the twin of the 质量 row; a finding may stand here",
                ),
                "%",
            ),
            (
                None,
                "质量指标",
                "补助对象动态核查覆盖率",
                "正向",
                "大于等于",
                mk(95, "D102", "error", row=True, alt=("D103",), note="under 数量 with 90%"),
                "%",
            ),
            (
                None,
                None,
                "补助发放准确率",
                "正向",
                mk("小于等于", "T108", "warning", row=True),
                98,
                "%",
            ),
            (None, "时效指标", "补助按月发放及时率", "正向", "大于等于", 95, "%"),
            (
                None,
                "成本指标",
                "生活补助标准",
                "反向",
                mk(
                    "小于等于",
                    "B107",
                    "warning",
                    row=True,
                    note="600 × 260 × 12 = 187.2万元 > 160万元",
                ),
                600,
                "元/人·月",
            ),
            ("效益指标", "社会效益指标", "补助对象基本生活保障率", "正向", "等于", 100, "%"),
            ("满意度指标", "服务对象满意度指标", "补助对象满意度", "正向", "大于等于", 90, "%"),
        ],
    )
    sign(s, "孟秋池", "2026年11月26日")
    return b
