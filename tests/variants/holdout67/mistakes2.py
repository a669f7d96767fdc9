"""More returns with planted mistakes: a date in the year before the budget year, a unit
conflict, key tasks not adding to their 合计, ≥ on a cost cap, a missing tier-1, an annual
count above its period count."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout67.common import foot, one_year_money, period_money, wan
from tests.variants.holdout67.registry import variant
from tests.variants.kit import Book, mk, pct


@variant(
    "jy16-wrong-year-unit-conflict",
    (1, 9),
    "project, OLD-NAT, value · 计量单位 · 数据来源 columns with the "
    "unit also inside the value: a deadline in the year before "
    "the budget year; a value in 万元 against a unit column 个",
)
def jy16() -> Book:
    b = Book()
    s = b.sheet("Sheet1", (14, 14, 26, 18, 12, 22))
    project_head(
        s,
        year=2026,
        name="桐岭县村级集体经济发展扶持",
        dept="桐岭县农业农村局（409）",
        unit="桐岭县农村经营管理站",
        money=one_year_money(600, 600, 0),
        goals=[
            "2026年扶持20个村发展物业经济和农产品加工项目，每村补助30万元，带动每村"
            "集体经营性收入增加15万元以上。"
        ],
    )
    s.row("一级指标", "二级指标", "三级指标", "指标值", "计量单位", "数据来源")
    s.table(
        [
            ("产出指标", "数量指标", "扶持村级集体经济项目", "≥20个", "个", "项目批复文件"),
            (None, "质量指标", "项目竣工验收合格率", "≥95%", "%", "验收报告"),
            (
                None,
                "时效指标",
                "项目开工时间",
                mk(
                    "2025年6月30日前",
                    "Y102",
                    "error",
                    alt=("Y101", "Y103"),
                    note="a 2026 project must start in 2026: the year before the budget year",
                ),
                None,
                "开工报告",
            ),
            (None, "成本指标", "单村补助标准", "≤30万元/村", "万元/村", "补助资金拨付凭证"),
            (
                "效益指标",
                "经济效益指标",
                "村集体经营性收入增加",
                mk("≥15万元", "T112", "error", row=True, note="the unit column says 个"),
                "个",
                "农村集体资产监管平台",
            ),
            (None, "社会效益指标", "带动村民就业", "≥400人", "人", "用工台账"),
            (None, "可持续影响指标", "项目资产管护制度", "健全", None, "管护协议"),
            ("满意度指标", "服务对象满意度指标", "受扶持村村民满意度", "≥90%", "%", "抽样调查"),
        ],
        merged=(1, 2),
    )
    foot(s, "胡某某", "0574-6551239", "2025年11月18日")
    return b


@variant(
    "jy17-tasks-and-cost-cap",
    (12, 11),
    "department, NAT-2021, key tasks with 金额合计, tiers merged,"
    " 指标解释 column: the tasks add up to 630 against a 合计 of 650;"
    " ≥ on a per-person cost",
)
def jy17() -> Book:
    b = Book()
    s = b.sheet("Sheet1", (16, 16, 28, 18, 34, 16))
    department_head(
        s,
        year=2026,
        dept="白鹭县司法局",
        budget=[(wan(1850), wan(1850), wan(0), wan(1200), wan(650))],
        tasks=[
            (
                "公共法律服务",
                "村（社区）法律顾问全覆盖，法律援助案件不少于900件",
                wan(300),
                "法律援助案件办结率100%",
            ),
            ("人民调解", "县、乡、村三级调解组织以案定补", wan(180), "调解成功率96%以上"),
            ("普法宣传", "八五普法总结验收、法治培训", wan(150), "培训5000人次"),
            (
                "金额合计",
                None,
                mk(wan(650), "B102", "error", note="300 + 180 + 150 = 630 ≠ 650"),
                None,
            ),
        ],
        goal="2026年办理法律援助案件900件以上，矛盾纠纷调解成功率96%以上，法治培训"
        "5000人次，群众法治满意度不低于90%。",
    )
    s.row("一级指标", "二级指标", "三级指标", "指标值", "指标解释", None, merge=[(5, 6)])
    s.table(
        [
            ("产出指标", "数量指标", "法律援助案件办理数", "≥900件", "含刑事、民事和行政案件"),
            (None, None, "法治宣传培训人次", "≥5000人次", "领导干部、村干部和网格员"),
            (None, "质量指标", "法律援助案件质量合格率", "≥95%", "省厅案卷评查标准"),
            (None, "时效指标", "法律援助申请审查时间", "≤7个工作日", "自受理之日起"),
            (
                "成本指标",
                "经济成本指标",
                "人均法治培训成本",
                mk("≥80元/人次", "T108", "warning", row=True, note="a cost cap with ≥"),
                "150万元普法经费中培训部分40万元",
            ),
            ("效益指标", "社会效益指标", "矛盾纠纷调解成功率", "≥96%", "调解成功件数/受理件数"),
            (None, None, "村（社区）法律顾问覆盖率", pct(1), "全县212个村（社区）"),
            (None, "可持续影响指标", "公共法律服务平台运行", "规范", "县、乡、村三级平台"),
            ("满意度指标", "服务对象满意度指标", "群众法治满意度", "≥90%", "第三方测评"),
        ],
        merged=(1, 2),
    )
    foot(s, "蒋某", "0797-7312648", "2025年11月21日")
    return b


@variant(
    "jy18-no-benefit-tier",
    (5, 8),
    "two-year project, NAT-2021, 中期 and 年度 columns with 数据来源 "
    "and 备注: no 效益指标 at all; an annual count above its period "
    "count",
)
def jy18() -> Book:
    b = Book()
    s = b.sheet("Sheet1", (14, 16, 26, 16, 16, 22, 24))
    project_head(
        s,
        year=2026,
        years=2,
        name="洛川湖区森林防火能力提升",
        dept="洛川湖区应急管理局（512）",
        unit="洛川湖区森林消防大队",
        attr="新增项目",
        money=period_money(860, 860, 0, 480, 480, 0),
        goals=[
            "2026年—2027年建设森林防火视频监控点42个，新建防火隔离带65公里，"
            "配备以水灭火装备120套。",
            "2026年建设监控点24个，新建防火隔离带35公里，配备装备70套。",
        ],
    )
    b.file_mark("F106", "error", note="no 效益指标 anywhere in the table")
    b.file_mark("D104", "warning", required=False, note="the 75 against the goal's 35")
    s.row("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值", "数据来源", "备注")
    s.table(
        [
            (
                "成本指标",
                "经济成本指标",
                "单个监控点建设成本",
                "≤8万元/个",
                "≤8万元/个",
                "合同结算",
                "含铁塔、供电和传输",
            ),
            ("产出指标", "数量指标", "建设视频监控点", "≥42个", "≥24个", "验收单", "覆盖重点林区"),
            (
                None,
                None,
                "新建防火隔离带",
                "≥65公里",
                mk(
                    "≥75公里", "D201", "error", note="the year above the period: 35 in the 年度目标"
                ),
                "林草部门验收",
                "宽度不小于10米",
            ),
            (None, None, "配备以水灭火装备", "≥120套", "≥70套", "装备台账", "高压细水雾等"),
            (None, "质量指标", "监控点图像在线率", "≥95%", "≥95%", "监控平台", "按月统计"),
            (
                None,
                "时效指标",
                "监控系统建成时间",
                "2027年10月31日前",
                "2026年10月31日前",
                "验收报告",
                "防火期前建成",
            ),
            (
                "满意度指标",
                "服务对象满意度指标",
                "林区群众满意度",
                "≥90%",
                "≥90%",
                "抽样调查",
                "林区6个村",
            ),
        ],
        merged=(1, 2),
    )
    foot(s, "谢某", "0912-4306581", "2025年11月23日")
    return b
