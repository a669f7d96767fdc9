"""Stacked projects, several in one sheet each with its own head (§3.3), of the 169th held-out
corpus: nw15–nw18."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout169.common import HEAD4, HEAD5, indicators, money_one, money_two
from tests.variants.holdout169.registry import variant
from tests.variants.kit import CN_DATE, Book, day, mk, pct

OPS6 = ("一级指标", "二级指标", "三级指标", "符号", "指标值", "单位")


@variant("nw15-schools-same-names-two-projects", (2,),
         "two one-year projects stacked, NAT-2021, one value column, merged tiers: the same "
         "indicator names with different values in the two projects, standards × counts equal "
         "to the money, =0起 (correct)")  # fmt: skip
def nw15() -> Book:
    b = Book()
    s = b.sheet("Sheet1")
    project_head(
        s,
        year=2026,
        title="汀兰县教育局2026年度项目支出绩效目标表",
        name="乡村学校少年宫运行补助项目",
        dept="汀兰县教育局",
        unit="汀兰县教育局",
        money=money_one(48, 48, 0),
        goals=["对乡村学校少年宫给予运行补助，丰富乡村学生课外活动。"],
    )
    indicators(s, HEAD4, [
        ("产出指标", "数量指标", "补助乡村学校少年宫", "≥16个"),
        (None, None, "开展课外兴趣活动", "≥640场"),
        (None, "质量指标", "活动开展计划完成率", "≥95%"),
        (None, "时效指标", "补助资金拨付时间", "2026年6月30日前"),
        ("成本指标", "经济成本指标", "单个少年宫运行补助标准", "≤3万元/个"),
        ("效益指标", "社会效益指标", "乡村学生课外活动参与率", "≥80%"),
        (None, "可持续影响指标", "少年宫运行管理机制", "健全"),
        ("满意度指标", "服务对象满意度指标", "学生满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    project_head(
        s,
        year=2026,
        title="",
        name="中小学校园安保服务购买项目",
        dept="汀兰县教育局",
        unit="汀兰县教育局",
        money=money_one(210, 180, 30),
        goals=["为全县中小学校购买校园安保服务，配齐专职保安人员，保障师生安全。"],
    )
    indicators(s, HEAD4, [
        ("产出指标", "数量指标", "配备校园专职保安人员", "≥140人"),
        (None, None, "覆盖中小学校", "≥70个"),
        (None, "质量指标", "保安人员持证上岗率", "≥98%"),
        (None, "时效指标", "补助资金拨付时间", "2026年9月30日前"),
        ("成本指标", "经济成本指标", "人均保安服务购买成本", "≤1.5万元/人"),
        ("效益指标", "社会效益指标", "校园安全事故发生数", "=0起"),
        (None, "可持续影响指标", "校园安全防控体系", "健全"),
        ("满意度指标", "服务对象满意度指标", "学生满意度", "≥92%"),
        (None, None, "家长满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant("nw16-health-coverage-and-doubled-amount", (1, 2, 9),
         "two one-year projects stacked, NAT-2021, operator and unit columns, percent cells, "
         "date cells: a 覆盖率 of 110 % in the first, the 其他资金 of the second pasted twice "
         "(50万50万元)")  # fmt: skip
def nw16() -> Book:
    b = Book()
    s = b.sheet("Sheet1", widths=(14, 20, 30, 8, 16, 10))
    project_head(
        s,
        year=2025,
        title="柳岸县卫生健康局2025年度项目支出绩效目标表",
        name="家庭医生签约服务项目",
        dept="柳岸县卫生健康局",
        unit="柳岸县基层卫生服务中心",
        money=money_one(320, 300, 20),
        goals=["做实家庭医生签约服务，为重点人群提供基本医疗和健康管理服务。"],
    )
    indicators(s, OPS6, [
        ("产出指标", "数量指标", "签约服务重点人群", "≥", 42000, "人"),
        (None, None, "组建家庭医生团队", "≥", 85, "个"),
        (None, "质量指标", "重点人群签约服务覆盖率", "≥",
         mk(pct(1.1), "T106", "error", note="a 覆盖率 shown as 110 %"), None),
        (None, "时效指标", "签约服务补助资金拨付时间", "≤", day(2025, 12, 15, CN_DATE), None),
        ("成本指标", "经济成本指标", "家庭医生签约服务补助标准", "≤", 70, "元/人"),
        ("效益指标", "社会效益指标", "重点人群健康管理率", "≥", pct(0.7), None),
        (None, "可持续影响指标", "签约服务长效机制", None, "健全", None),
        ("满意度指标", "服务对象满意度指标", "签约居民满意度", "≥", pct(0.9), None),
    ])  # fmt: skip
    s.skip()
    project_head(
        s,
        year=2025,
        title="",
        name="适龄妇女两癌筛查项目",
        dept="柳岸县卫生健康局",
        unit="柳岸县妇幼保健院",
        money=money_one(230, 180, mk("50万50万元", "X106", "error", alt=("B108",),
                                     note="the amount pasted twice: 180 + 50 = 230")),
        goals=["为全县适龄妇女免费开展宫颈癌和乳腺癌筛查，做到早发现、早诊断、早治疗。"],
    )  # fmt: skip
    indicators(s, OPS6, [
        ("产出指标", "数量指标", "完成两癌筛查人数", "≥", 9000, "人"),
        (None, "质量指标", "筛查阳性病例随访管理率", "≥", pct(0.95), None),
        (None, "时效指标", "筛查任务完成时间", "≤", day(2025, 11, 30, CN_DATE), None),
        ("成本指标", "经济成本指标", "人均筛查成本", "≤", 250, "元/人"),
        ("效益指标", "社会效益指标", "适龄妇女两癌防治知识知晓率", "≥", pct(0.85), None),
        (None, "可持续影响指标", "两癌筛查工作机制", None, "健全", None),
        ("满意度指标", "服务对象满意度指标", "受检妇女满意度", "≥", pct(0.9), None),
    ])  # fmt: skip
    b.file_mark("B101", "error", required=False, note="if the doubled amount is misread")
    return b


@variant("nw17-civil-affairs-tiers-repeated", (2, 5),
         "two one-year projects stacked, NAT-2021, tiers repeated in every row (no merging): a "
         "服务对象满意度指标 under 产出指标 in the first, a per-person standard × the people above "
         "the money in the second")  # fmt: skip
def nw17() -> Book:
    b = Book()
    s = b.sheet("Sheet1")
    project_head(
        s,
        year=2027,
        title="桐汀县民政局2027年度项目支出绩效目标表",
        name="困境儿童关爱服务项目",
        dept="桐汀县民政局",
        unit="桐汀县未成年人救助保护中心",
        money=money_one(96, 96, 0),
        goals=["对全县困境儿童开展入户探访和关爱服务，落实困境儿童保障政策。"],
    )
    indicators(s, HEAD4, [
        ("产出指标", "数量指标", "关爱服务困境儿童", "≥1200人"),
        ("产出指标", "数量指标", "开展入户探访", "≥4800人次"),
        ("产出指标", "质量指标", "困境儿童信息建档准确率", "≥98%"),
        ("产出指标", "时效指标", "年度入户探访完成时间", "2027年12月20日前"),
        ("产出指标",
         mk("服务对象满意度指标", "F105", "error", row=True,
            note="the tier-1 is copied down from the rows above: 满意度指标 is meant"),
         "困境儿童监护人满意度", "≥90%"),
        ("成本指标", "经济成本指标", "项目总成本", "≤96万元"),
        ("效益指标", "社会效益指标", "困境儿童关爱服务覆盖率", "≥95%"),
        ("效益指标", "可持续影响指标", "关爱服务工作机制", "健全"),
    ], merged=())  # fmt: skip
    s.skip()
    project_head(
        s,
        year=2027,
        title="",
        name="分散供养特困人员照料护理补助项目",
        dept="桐汀县民政局",
        unit="桐汀县社会救助服务中心",
        money=money_one(150, 150, 0),
        goals=["为分散供养特困人员落实照料护理补助，保障其基本生活照料需求。"],
    )
    indicators(s, HEAD4, [
        ("产出指标", "数量指标", "分散供养特困人员照料护理",
         mk("≥1100人", "B107", "warning", row=True, required=False,
            note="the count of the product; the finding may stand here")),
        ("产出指标", "质量指标", "照料护理服务协议签订率", "≥95%"),
        ("产出指标", "时效指标", "护理补贴按月发放及时率", "≥98%"),
        ("成本指标", "经济成本指标", "照料护理补助标准",
         mk("≤1800元/人", "B107", "warning", row=True,
            note="1800元/人 × 1100人 = 198万元 > 年度资金 150万元")),
        ("效益指标", "社会效益指标", "特困人员照料护理服务覆盖率", "≥95%"),
        ("效益指标", "可持续影响指标", "照料护理服务监督机制", "健全"),
        ("满意度指标", "服务对象满意度指标", "特困供养人员满意度", "≥90%"),
    ], merged=())  # fmt: skip
    b.file_mark("F106", "error", required=False,
                note="project 1 has no 满意度指标 tier-1: its row is misplaced")  # fmt: skip
    return b


@variant("nw18-city-two-multi-year-projects", (2, 8, 11),
         "two multi-year projects stacked (two and three years), NAT-2021, 中期 and 年度 columns: "
         "≥ on a 投诉率 in the first, an annual count above the 中期 count in the "
         "second")  # fmt: skip
def nw18() -> Book:
    b = Book()
    s = b.sheet("绩效目标表")
    project_head(
        s,
        year=2026,
        years=2,
        title="紫陌区城市管理局2026年度项目支出绩效目标申报表",
        name="城区公厕提升改造项目",
        dept="紫陌区城市管理局",
        unit="紫陌区环境卫生管理所",
        money=money_two((600, 500, 100), (320, 260, 60)),
        goals=[
            "在项目期内完成城区老旧公厕提升改造，建立公厕长效管护机制。",
            "完成首批城区公厕提升改造并投入使用。",
        ],
    )
    indicators(s, HEAD5, [
        ("产出指标", "数量指标", "提升改造城区公厕", "≥80个", "≥40个"),
        (None, "质量指标", "改造公厕验收合格率", "≥95%", "≥95%"),
        (None, "时效指标", "改造任务完成时间", "2027年10月31日前", "2026年10月31日前"),
        ("成本指标", "经济成本指标", "单个公厕改造成本", "≤7.5万元/个", "≤7.5万元/个"),
        ("效益指标", "社会效益指标", "公厕服务投诉率", "≥3%",
         mk("≥3%", "T108", "warning", row=True, note="a 投诉率 is 反向: ≤ is meant, both columns")),
        (None, "可持续影响指标", "公厕长效管护机制", "健全", "健全"),
        ("满意度指标", "服务对象满意度指标", "如厕群众满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    s.skip()
    project_head(
        s,
        year=2026,
        years=3,
        title="",
        name="生活垃圾分类推进项目",
        dept="紫陌区城市管理局",
        unit="紫陌区生活垃圾分类工作指导中心",
        money=money_two((1350, 1200, 150), (450, 400, 50)),
        goals=[
            "在项目期内实现城区生活垃圾分类小区全覆盖，生活垃圾回收利用水平明显提升。",
            "推进首批小区生活垃圾分类，配置分类投放设施，开展分类宣传指导。",
        ],
    )
    indicators(s, HEAD5, [
        ("产出指标", "数量指标", "推进垃圾分类小区", "≥300个",
         mk("≥360个", "D201", "error", note="360 小区 in the first year, 300 in three")),
        (None, None, "配置分类投放点", "≥1500个", "≥500个"),
        (None, "质量指标", "生活垃圾回收利用率", "≥35%", "≥30%"),
        (None, "时效指标", "分类任务完成时间", "2028年12月31日前", "2026年12月31日前"),
        ("成本指标", "经济成本指标", "项目总成本", "≤1350万元", "≤450万元"),
        ("效益指标", "生态效益指标", "生活垃圾无害化处理率", "≥99%", "≥99%"),
        (None, "社会效益指标", "居民垃圾分类知晓率", "≥95%", "≥90%"),
        (None, "可持续影响指标", "垃圾分类长效机制", "健全", "健全"),
        ("满意度指标", "服务对象满意度指标", "小区居民满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    return b
