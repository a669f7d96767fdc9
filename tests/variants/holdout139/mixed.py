"""Stacked projects, sheet names holding a year, duplicates and missing tiers."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout139.common import (
    OP_HEAD,
    TWO_HEAD,
    footer,
    multi_year_money,
    one_year_money,
)
from tests.variants.holdout139.registry import variant
from tests.variants.kit import Book, day, mk, pct


@variant("ms07-parks-stacked", (2,), "two projects stacked, OLD-NAT, one value column each")
def ms07() -> Book:
    b = Book()
    s = b.sheet("项目绩效目标")
    project_head(
        s,
        year=2027,
        name="青梧市城市公园绿地养护项目",
        dept="青梧市园林绿化局 330",
        unit="青梧市公园管理中心",
        attr="常年项目",
        money=one_year_money(320, 300, 20),
        goals=["完成185万平方米公园绿地日常养护，补植乔灌木6000株，保持园容整洁。"],
    )
    s.row("一级指标", "二级指标", "三级指标", "指标值", None, None, merge=[(4, 6)])
    s.table(
        [
            ("产出指标", "数量指标", "养护绿地面积", "≥185万平方米"),
            (None, None, "补植乔灌木", "≥6000株"),
            (None, "质量指标", "补植苗木成活率", pct(0.95)),
            (None, "时效指标", "病虫害处置时限", "≤3天"),
            (None, "成本指标", "每平方米年养护成本", "≤1.6元/平方米"),
            ("效益指标", "生态效益指标", "公园绿化覆盖率", pct(0.85)),
            (None, "可持续影响指标", "养护考核机制", "健全"),
            ("满意度指标", "服务对象满意度指标", "游园市民满意度", pct(0.9)),
        ],
        merged=(1, 2),
    )
    s.skip()
    project_head(
        s,
        year=2027,
        name="青梧市公园公共厕所提升改造项目",
        dept="青梧市园林绿化局 330",
        unit="青梧市公园管理中心",
        attr="一次性项目",
        money=one_year_money(140, 140, 0),
        goals=["改造公园公共厕所28座，增设无障碍设施，提升游园服务品质。"],
        title="",
    )
    s.row("一级指标", "二级指标", "三级指标", "指标值", None, None, merge=[(4, 6)])
    s.table(
        [
            ("产出指标", "数量指标", "改造公共厕所", "≥28座"),
            (None, "质量指标", "改造工程验收合格率", pct(0.98)),
            (None, "时效指标", "改造完成时间", "10月31日前"),
            (None, "成本指标", "单座改造成本", "≤5万元/座"),
            ("效益指标", "社会效益指标", "公厕无障碍设施配置率", pct(0.9)),
            (None, "可持续影响指标", "公厕保洁管理制度", "健全"),
            ("满意度指标", "服务对象满意度指标", "游园群众满意度", pct(0.9)),
        ],
        merged=(1, 2),
    )
    footer(s, "填报单位：青梧市公园管理中心（盖章）")
    return b


@variant(
    "ms14-hotline-sheet-year",
    (11,),
    "project, NAT-2021, operator and unit columns: sheet name 2025 under a 2026 title,"
    " ≥ on a complaint rate",
)
def ms14() -> Book:
    b = Book()
    s = b.sheet("2025年项目绩效目标")
    b.file_mark("Y101", "error", note="sheet name says 2025, title and dates say 2026")
    project_head(
        s,
        year=2026,
        name="枫溪县政务服务便民热线运行项目",
        dept="枫溪县政务服务中心 021",
        unit="枫溪县便民热线服务中心",
        attr="常年项目",
        money=one_year_money(320, 320, 0),
        goals=["全年受理热线工单12万件，按时办结、回访，提升群众诉求办理质效。"],
        start=day(2026, 1, 1),
        end=day(2026, 12, 31),
    )
    s.row(*OP_HEAD)
    s.table(
        [
            ("成本指标", "经济成本指标", "单件工单处理成本", "≤", 25, "元/件"),
            ("产出指标", "数量指标", "受理热线工单", "≥", 12, "万件"),
            (None, None, "坐席人员业务培训", "≥", 24, "次"),
            (None, "质量指标", "工单回访率", "≥", pct(0.9), "%"),
            (None, "时效指标", "工单按时办结率", "≥", pct(0.95), "%"),
            (
                "效益指标",
                "社会效益指标",
                "重复投诉率",
                "≥",
                mk(pct(0.02), "T108", "warning", row=True, note="≥ on a 反向 rate"),
                "%",
            ),
            (None, "可持续影响指标", "热线知识库更新机制", "定性", "健全", None),
            ("满意度指标", "服务对象满意度指标", "来电群众满意度", "≥", pct(0.9), "%"),
        ],
        merged=(1, 2),
    )
    footer(s, "填表人：钱晓雯   联系电话：0598-2210345")
    return b


@variant(
    "ms16-rehab-duplicate",
    (1,),
    "project, NAT-2021, one value column: a conflicting duplicate, a rate over 100%",
)
def ms16() -> Book:
    b = Book()
    s = b.sheet("绩效目标表")
    project_head(
        s,
        year=2027,
        name="青梧市残疾人康复服务项目",
        dept="青梧市残疾人联合会 809",
        unit="青梧市残疾人康复中心",
        money=one_year_money(1350, 1200, 150),
        goals=["为420名残疾儿童提供康复救助，为1500名残疾人适配辅助器具。"],
    )
    s.row("一级指标", "二级指标", "三级指标", "指标值", None, None, merge=[(4, 6)])
    s.table(
        [
            ("产出指标", "数量指标", "残疾儿童康复救助人数", "≥420人"),
            (None, None, "辅助器具适配人数", "≥1500人"),
            (None, "质量指标", "康复服务达标率", "≥95%"),
            (
                None,
                None,
                "辅助器具适配合格率",
                mk("≥102%", "T106", "error", note="a 合格率 above 100%"),
            ),
            (None, "时效指标", "救助资金拨付及时率", "≥95%"),
            ("成本指标", "经济成本指标", "残疾儿童年人均康复补助", "≤2.4万元/人"),
            ("效益指标", "社会效益指标", "残疾儿童康复服务覆盖率", "≥90%"),
            (
                None,
                None,
                mk(
                    mk(
                        "残疾儿童康复救助人数",
                        "D102",
                        "error",
                        row=True,
                        alt=("D101", "D103"),
                        note="420人 under 数量, 380人 here",
                    ),
                    "F201",
                    "warning",
                    row=True,
                    required=False,
                ),
                "≥380人",
            ),
            (None, "可持续影响指标", "康复机构服务规范", "健全"),
            ("满意度指标", "服务对象满意度指标", "残疾人及家属满意度", "≥90%"),
        ],
        merged=(1, 2),
    )
    footer(s, "经办人：何静怡   审核：（签字）")
    return b


@variant(
    "ms17-roads-stacked",
    (2, 8),
    "two multi-year projects stacked, NAT-2021, 中期 and 年度 with a unit column:"
    " the second's annual budget above its period budget, counts copied",
)
def ms17() -> Book:
    b = Book()
    s = b.sheet("绩效目标表")
    project_head(
        s,
        year=2027,
        years=2,
        name="枫溪县乡村道路安全隐患整治项目",
        dept="枫溪县交通运输局 260",
        unit="枫溪县公路事业发展中心",
        money=multi_year_money((480, 400, 80), (260, 220, 40)),
        goals=[
            "两年整治危险路段90处，安装波形护栏60公里，降低乡村道路交通事故。",
            "2027年整治危险路段50处，安装护栏35公里。",
        ],
    )
    s.row(*TWO_HEAD)
    s.table(
        [
            ("产出指标", "数量指标", "整治危险路段", "≥90", "≥50", "处"),
            (None, None, "安装波形护栏", "≥60", "≥35", "公里"),
            (None, "质量指标", "工程验收合格率", "≥95%", "≥95%", "%"),
            (None, "时效指标", "整治工程按期完工率", "≥95%", "≥95%", "%"),
            ("成本指标", "经济成本指标", "每公里护栏安装成本", "≤3.2", "≤3.2", "万元/公里"),
            ("效益指标", "社会效益指标", "整治路段交通事故下降率", "≥20%", "≥10%", "%"),
            ("满意度指标", "服务对象满意度指标", "沿线群众满意度", "≥90%", "≥90%", "%"),
        ],
        merged=(1, 2),
    )
    s.skip()
    money = multi_year_money((150, 120, 30), (180, 150, 30))
    money[0] = (*money[0][:3], mk(money[0][3], "B103", "error", note="180 > 150"))
    project_head(
        s,
        year=2027,
        years=3,
        name="枫溪县农村客运候车亭建设项目",
        dept="枫溪县交通运输局 260",
        unit="枫溪县道路运输服务中心",
        attr="新增项目",
        money=money,
        title="",
        goals=[
            "三年建成农村客运候车亭120座，设置站牌300块，方便群众出行。",
            "2027年建成候车亭40座，设置站牌100块。",
        ],
    )
    s.row(*TWO_HEAD)
    s.table(
        [
            (
                "产出指标",
                "数量指标",
                "新建候车亭",
                "≥120",
                mk("≥120", "D202", "warning", alt=("D104",), note="period count copied"),
                "座",
            ),
            (
                None,
                None,
                "设置农村客运站牌",
                "≥300",
                mk("≥300", "D202", "warning", alt=("D104",), note="period count copied"),
                "块",
            ),
            (None, "质量指标", "候车亭验收合格率", "≥95%", "≥95%", "%"),
            (None, "时效指标", "候车亭按期建成率", "≥95%", "≥95%", "%"),
            ("成本指标", "经济成本指标", "单座候车亭建设成本", "≤1.0", "≤1.0", "万元/座"),
            ("效益指标", "社会效益指标", "建制村客运站点覆盖率", "≥98%", "≥98%", "%"),
            ("满意度指标", "服务对象满意度指标", "乘客满意度", "≥90%", "≥90%", "%"),
        ],
        merged=(1, 2),
    )
    footer(s, "填报人：马志刚   联系电话：0733-6658019")
    return b


@variant(
    "ms18-family-doctors",
    (5,),
    "project, OLD-NAT, one value column with percent cells: no 满意度 tier, a rate as a count",
)
def ms18() -> Book:
    b = Book()
    s = b.sheet("Sheet1")
    b.file_mark("F106", "error", note="a service to residents without 满意度指标")
    project_head(
        s,
        year=2027,
        name="南屿区家庭医生签约服务项目",
        dept="南屿区卫生健康局 440",
        unit="南屿区基层卫生服务指导中心",
        attr="延续项目",
        money=one_year_money(210, 180, 30),
        goals=["签约居民8.6万人，做好重点人群健康随访和慢病规范管理。"],
    )
    s.row("一级指标", "二级指标", "三级指标", "指标值", None, None, merge=[(4, 6)])
    s.table(
        [
            ("产出指标", "数量指标", "家庭医生签约人数", "≥8.6万人"),
            (None, None, "重点人群健康随访人次", "≥12万人次"),
            (
                None,
                "质量指标",
                "签约居民健康档案规范建档率",
                mk("9.2万份", "T105", "error", note="a rate given as a count"),
            ),
            (None, None, "重点人群签约服务覆盖率", pct(0.75)),
            (None, "时效指标", "签约服务费拨付及时率", pct(0.95)),
            (None, "成本指标", "人均签约服务补助", "≤20元/人"),
            ("效益指标", "社会效益指标", "高血压患者规范管理率", pct(0.65)),
            (None, None, "居民基层首诊比例", pct(0.6)),
            (None, "可持续影响指标", "家庭医生团队服务机制", "健全"),
        ],
        merged=(1, 2),
    )
    footer(s, "填表人：梁晨   联系电话：0760-8821457")
    return b
