"""Two projects stacked in one sheet, each with its own head: ni15 (correct), ni16."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout155.common import line, money_rows
from tests.variants.holdout155.registry import variant
from tests.variants.kit import Book, mk

TIERS4 = ("一级指标", "二级指标", "三级指标", "指标值")


@variant(
    "ni15-red-cross-stacked",
    (2,),
    "two one-year projects of a Red Cross society stacked in one sheet, "
    "OLD-NAT, one value column, the same 满意度 name with different values",
)
def ni15() -> Book:
    b = Book()
    s = b.sheet("Sheet1")
    s.title("北沙县红十字会2025年度项目支出绩效目标表", 6)
    line(s, "（一）应急救护培训进校园")
    project_head(
        s, year=2025, title="", name="应急救护培训进校园", attr="延续项目",
        dept="北沙县红十字会（602015）", unit="北沙县红十字会",
        money=money_rows((28.00, 25.00, 3.00), (28.00, 25.00, 3.00)),
        goals=["在全县中小学开展应急救护培训60场，培训师生6000人次，提高师生自救互救能力。"],
    )  # fmt: skip
    s.row(*TIERS4)
    s.table(
        [
            ("产出指标", "数量指标", "进校园应急救护培训场次", "≥60场"),
            (None, None, "培训师生人次", "≥6000人次"),
            (None, "质量指标", "救护技能考核合格率", "≥85%"),
            (None, "时效指标", "培训任务完成时间", "2025年11月30日前"),
            (None, "成本指标", "单场培训成本", "≤4000元/场"),
            ("效益指标", "社会效益指标", "师生应急救护意识", "提高"),
            ("满意度指标", "服务对象满意度指标", "受益群众满意度", "≥90%"),
        ],
        merged=(1, 2),
    )
    s.skip()
    line(s, "（二）人道救助“博爱送万家”")
    project_head(
        s, year=2025, title="", name="人道救助“博爱送万家”", attr="常年项目",
        dept="北沙县红十字会（602015）", unit="北沙县红十字会",
        money=money_rows((45.00, 30.00, 15.00), (45.00, 30.00, 15.00)),
        goals=["春节前走访慰问困难家庭900户，发放救助物资，保障困难群众基本生活。"],
    )  # fmt: skip
    s.row(*TIERS4)
    s.table(
        [
            ("产出指标", "数量指标", "走访慰问困难家庭户数", "≥900户"),
            (None, "质量指标", "救助对象识别准确率", "≥98%"),
            (None, "时效指标", "春节前慰问物资发放完成率", "≥95%"),
            (None, "成本指标", "户均救助物资标准", "≤500元/户"),
            ("效益指标", "社会效益指标", "困难群众基本生活保障", "有效"),
            ("满意度指标", "服务对象满意度指标", "受益群众满意度", "≥92%"),
        ],
        merged=(1, 2),
    )
    line(s, "注：其他资金为社会捐赠资金。")
    return b


@variant(
    "ni16-youth-league-stacked",
    (2, 11),
    "two one-year projects of a Youth League committee stacked, OLD-NAT, one value column; "
    "a 发生率 with ≥ in the first, a 结项率 given as a count in the second",
)
def ni16() -> Book:
    b = Book()
    s = b.sheet("项目绩效目标")
    project_head(
        s, year=2025, name="梧溪区青少年心理健康护航行动", attr="延续项目",
        dept="共青团梧溪区委员会（733010）", unit="梧溪区青少年服务中心",
        money=money_rows((36.00, 36.00, 0), (36.00, 36.00, 0)),
        goals=["进校园、进社区开展心理健康讲座48场，提供个体心理辅导800人次，及时干预心理危机个案。"],
    )  # fmt: skip
    s.row(*TIERS4)
    s.table(
        [
            ("产出指标", "数量指标", "心理健康讲座场次", "≥48场"),
            (None, None, "个体心理辅导人次", "≥800人次"),
            (None, "质量指标", "心理辅导个案跟踪回访率", "≥90%"),
            (None, "时效指标", "心理危机个案响应时间", "≤24小时"),
            (None, "成本指标", "单场讲座成本", "≤2500元/场"),
            (
                "效益指标",
                "社会效益指标",
                "服务对象心理危机事件发生率",
                mk("≥1%", "T108", "warning", row=True, note="a 发生率 is 反向: ≤ meant"),
            ),
            ("满意度指标", "服务对象满意度指标", "服务对象满意度", "≥90%"),
        ],
        merged=(1, 2),
    )
    s.skip()
    project_head(
        s, year=2025, title="", name="梧溪区青年志愿服务项目资助", attr="延续项目",
        dept="共青团梧溪区委员会（733010）", unit="梧溪区青年志愿者协会",
        money=money_rows((52.00, 40.00, 12.00), (52.00, 40.00, 12.00)),
        goals=["新增注册青年志愿者3000人，资助青年志愿服务项目40个，打造青年志愿服务品牌。"],
    )  # fmt: skip
    s.row(*TIERS4)
    s.table(
        [
            ("产出指标", "数量指标", "新增注册青年志愿者人数", "≥3000人"),
            (None, None, "资助志愿服务项目数", "≥40个"),
            (
                None,
                "质量指标",
                "志愿服务项目结项率",
                mk("36个", "T105", "error", note="a 结项率 given as 36 个"),
            ),
            (None, "时效指标", "志愿服务时长记录及时率", "≥95%"),
            (None, "成本指标", "单个志愿服务项目资助标准", "≤1.2万元/个"),
            ("效益指标", "社会效益指标", "青年志愿服务参与度", "提升"),
            ("满意度指标", "服务对象满意度指标", "服务对象满意度", "≥92%"),
        ],
        merged=(1, 2),
    )
    return b
