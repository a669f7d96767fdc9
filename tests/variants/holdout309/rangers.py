"""Returns tg13–tg18: patrol, monitoring and ecological rangers (巡护监测, 生态管护员, 候鸟护飞)."""

from __future__ import annotations

from typing import Any

from tests.variants.heads import project_head
from tests.variants.holdout309.common import (
    YEAR,
    indicators,
    new_book,
    notes,
    one_year,
    signature,
    wan,
)
from tests.variants.holdout309.registry import variant
from tests.variants.kit import Book, day, mk, pct

POINTS_HEAD = ("一级指标", "分值", "二级指标", "三级指标", "指标值", "指标分值")


def ranger_rows(output: Any, benefit: Any, extra: int) -> list[list[Any]]:
    """A ranger project's indicator rows under tier-1 scores ``output`` and ``benefit``; the
    first output indicator scores 10 + ``extra``, the last benefit indicator 10 - ``extra``."""
    return [
        ["产出指标", output, "数量指标", "选聘生态管护员人数", "≥220人", 10 + extra],
        [None, None, None, "管护员年人均巡护天数", "≥180天", 10],
        [None, None, "质量指标", "巡护轨迹上传合格率", pct(0.95), 10],
        [None, None, None, "重点区域巡护覆盖率较上年提高", "≥5百分点", 10],
        [None, None, "时效指标", "管护补助按季发放及时率", "=100%", 10],
        ["成本指标", 10, "经济成本指标", "管护员人均补助标准", "≤8000元/人·年", 10],
        ["效益指标", benefit, "生态效益指标", "森林火灾受害率", "≤0.9‰", 10],
        [None, None, "社会效益指标", "脱贫人口及监测对象选聘占比", pct(0.6), 10],
        [None, None, "可持续影响指标", "管护员培训持证上岗率", "≥90%", 10 - extra],
        ["满意度指标", 10, "服务对象满意度指标", "管护员满意度", "≥90%", 10],
    ]


@variant(
    "tg13-ranger-points",
    (10, 1),
    "project, NAT-2021, tier-1 score column and indicator "
    "score column both adding to 100, a coverage rate raised in 百分点, a ‰ rate (correct)",
)
def tg13() -> Book:
    b, s = new_book("绩效目标")
    project_head(
        s,
        year=YEAR,
        name="苍榆县生态管护员巡护管理",
        dept="苍榆县林业局（118）",
        unit="苍榆县国有林场",
        money=one_year(198, 198, 0),
        goals=["选聘生态管护员220人，落实网格化巡护，补助按季足额发放。"],
    )
    indicators(s, POINTS_HEAD, ranger_rows(50, 30, 0), merged=(1, 2, 3))
    notes(
        s,
        [
            "注：一级指标分值与三级指标分值为同一100分的两级分解，不重复计分；"
            "220人×8000元=176万元，在年度资金198万元之内。"
        ],
    )
    return b


@variant(
    "tg14-ranger-points-wrong",
    (10,),
    "project, NAT-2021, tier-1 score column against the "
    "indicator scores under it: 产出 declared 50 with 55 under it, 效益 declared 30 with 25",
)
def tg14() -> Book:
    b, s = new_book("绩效目标")
    project_head(
        s,
        year=YEAR,
        name="溆桥镇生态管护员巡护管理",
        dept="苍榆县林业局（118）",
        unit="溆桥镇林业站",
        money=one_year(198, 180, 18),
        goals=["选聘生态管护员220人，开展日常巡护，补助按季发放。"],
    )
    out = mk(50, "W103", "error", note="产出 declared 50, indicator scores 15+10+10+10+10 = 55")
    ben = mk(30, "W103", "error", note="效益 declared 30, indicator scores 10+10+5 = 25")
    indicators(s, POINTS_HEAD, ranger_rows(out, ben, 5), merged=(1, 2, 3))
    return b


@variant(
    "tg15-patrol-notes",
    (4,),
    "project, OLD-NAT, one value column: a 说明 row between tiers, "
    "the header repeated after a page break, 注 and 填表说明 lines, signature and a fill "
    "date in the year before (correct)",
)
def tg15() -> Book:
    b, s = new_book()
    project_head(
        s,
        year=YEAR,
        name="鹭沚湾湿地红外相机巡护监测",
        dept="鹤汀市林业和草原局（312）",
        unit="鹭沚湾湿地自然保护区管理站",
        money=one_year(54, 54, 0),
        goals=["维护红外相机监测网络，开展季度巡护监测，形成年度监测报告。"],
    )
    head = ("一级指标", "二级指标", "三级指标", "指标值")
    indicators(
        s,
        head,
        [
            ["产出指标", "数量指标", "维护红外相机点位", "≥160个"],
            [None, None, "季度巡护监测", "≥4次"],
            [None, "质量指标", "相机数据有效回收率", "≥90%"],
            [None, "时效指标", "年度监测报告提交时间", "12月20日前"],
            [None, "成本指标", "单点位年维护费用", "≤0.25万元/个"],
        ],
    )
    s.row("说明：效益及满意度指标见下页。", merge=[(1, 4)])
    s.skip()
    indicators(
        s,
        head,
        [
            ["效益指标", "生态效益指标", "监测记录到的重点保护物种数", "≥28种"],
            [None, "社会效益指标", "监测影像科普展示场次", "≥6场"],
            [None, "可持续影响指标", "监测数据库持续更新", "按月更新"],
            ["满意度指标", "服务对象满意度指标", "科研合作单位满意度", "≥90%"],
        ],
    )
    notes(
        s,
        [
            "注1：相机点位含核心区96个、缓冲区64个。",
            "注2：维护费用含电池、存储卡更换。",
            "填表说明：指标值须量化；定性指标写明等级。",
        ],
        width=4,
    )
    signature(s, "闻静禾", "0917-5532608", day(YEAR - 1, 12, 6))
    return b


@variant(
    "tg16-patrol-artefacts",
    (9, 12),
    "project, OLD-NAT, detail lines under the table: a "
    "planned end date stored as a serial in a text cell, an amount split by a space",
)
def tg16() -> Book:
    b, s = new_book()
    end = mk("45930", "X104", "warning", note="serial of 2025-09-30 typed as text")
    project_head(
        s,
        year=YEAR,
        name="黛岑山国家公园智慧巡护终端配置",
        dept="鹤汀市林业和草原局（312）",
        unit="黛岑山国家公园管理中心",
        money=one_year(100, 90, 10),
        end=end,
        goals=["配置红外相机和巡护终端，实现巡护轨迹实时回传。"],
    )
    indicators(
        s,
        ("一级指标", "二级指标", "三级指标", "指标值"),
        [
            ["产出指标", "数量指标", "购置红外相机", "≥120台"],
            [None, None, "配发巡护终端", "≥80部"],
            [None, "质量指标", "设备到货验收合格率", "≥98%"],
            [None, "时效指标", "设备配发完成时间", "9月30日前"],
            [None, "成本指标", "红外相机单价", "≤0.4万元/台"],
            ["效益指标", "生态效益指标", "巡护轨迹实时回传率", "≥90%"],
            ["满意度指标", "服务对象满意度指标", "一线巡护员满意度", "≥90%"],
        ],
    )
    s.skip()
    s.row("资金明细（万元）", "明细项目", None, "金额", merge=[(2, 3)])
    split = mk("48.6 5", "X105", "warning", alt=("X103",), note="48.65 split by a space")
    for label, amount in (
        ("红外相机及配件购置", split),
        ("巡护终端及通讯费", wan(21.35)),
        ("巡护人员培训", wan(30)),
        ("合计", wan(100)),
    ):
        s.row(None, label, None, amount, merge=[(2, 3)])
    return b


@variant(
    "tg17-flyway-labels",
    (5, 7),
    "project, OLD-NAT, tier labels with marks and "
    "abbreviations (*产出, ★数量, 成本 under 产出), headers 考核指标, 目标值（年度） and a "
    "评价标准 scoring column (correct)",
)
def tg17() -> Book:
    b, s = new_book()
    project_head(
        s,
        year=YEAR,
        name="鹭沚湾候鸟迁徙通道春秋护飞行动",
        dept="鹤汀市林业和草原局（312）",
        unit="鹤汀市野生动物保护站",
        money=one_year(36, 30, 6),
        goals=["春秋两季组织护飞巡护，清理非法网具，保障候鸟安全迁徙。"],
    )
    rows = [
        ["*产出", "★数量", "护飞巡护出动人次", "≥1200人次", "每少50人次扣1分"],
        [None, None, "清理非法网具", "≥3000米", "未达标扣2分"],
        [None, "质量", "巡护记录完整率", pct(0.95), "每低1个百分点扣0.5分"],
        [None, "时效", "护飞期巡护覆盖时段", "3—5月、9—11月", "缺一季扣5分"],
        [None, "成本", "护飞人员日均补助", "≤150元/人·日", "超标准不得分"],
        ["*效益", "社会效益", "护飞志愿者参与人次", "≥300人次", "按比例扣分"],
        [None, "生态效益", "迁徙通道候鸟非正常死亡事件", "≤2起", "每超1起扣2分"],
        ["*满意度", "服务对象满意度", "沿线村民满意度", "≥85%", "问卷调查"],
    ]
    indicators(s, ("一级指标", "二级指标", "考核指标", "目标值（年度）", "评价标准"), rows)
    notes(s, ["注：带★为核心指标，不得删除；1200人次×150元=18万元，在年度资金36万元之内。"])
    return b


@variant(
    "tg18-ranger-wrong-parent",
    (5, 12),
    "project, NAT-2021, numbered labels: 经济成本指标 "
    "under 效益指标, a subsidy standard × count above the annual money",
)
def tg18() -> Book:
    b, s = new_book()
    project_head(
        s,
        year=YEAR,
        name="柘原县自然保护地生态管护员补助",
        dept="柘原县林业局（207）",
        unit="柘原县自然保护地管理中心",
        money=one_year(150, 150, 0),
        goals=["选聘生态管护员150人，落实保护地日常巡护。"],
    )
    cap = mk(
        "≤1.2万元/人·年",
        "B107",
        "warning",
        row=True,
        note="1.2万元 × 150人 = 180万元 > 年度资金 150万元",
    )
    rows = [
        ["一、产出指标", "1.数量指标", "选聘生态管护员", "≥150人"],
        [None, None, "月均巡护天数", "≥15天"],
        [None, "2.质量指标", "巡护日志填报合格率", "≥95%"],
        [None, "3.时效指标", "补助发放及时率", "=100%"],
        ["二、效益指标", "1.社会效益指标", "管护员中脱贫人口占比", "≥50%"],
        [
            None,
            mk("2.经济成本指标", "F105", "error", note="a 成本 tier-2 under 效益指标"),
            "生态管护员人均补助标准",
            cap,
        ],
        [None, "3.生态效益指标", "保护地内乱砍滥伐案件发生数", "≤3起"],
        ["三、满意度指标", "1.服务对象满意度指标", "生态管护员满意度", "≥90%"],
    ]
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标值"), rows)
    return b
