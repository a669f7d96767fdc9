"""Department tables (部门整体支出绩效目标表) of a county 农业农村局 and a 畜牧兽医局: budget
block, 年度主要任务 with 金额合计, 年度总体目标, NAT-2021 indicators (jc15–jc16)."""

from __future__ import annotations

from tests.variants.heads import department_head
from tests.variants.holdout45.registry import variant
from tests.variants.kit import Book, day, mk, money, pct

_HEAD = ("一级指标", "二级指标", "三级指标", "指标值", None, None)


@variant("jc15-department-ok", (1, 4, 12), "department, NAT-2021, repeated header")
def department_ok() -> Book:
    """石湾县农业农村局 2025: 资金总额 18650.42 = 财政拨款 17980.42 + 其他资金 670 = 基本支出
    2130.42 + 项目支出 16520; four tasks adding to 金额合计 16520 (= 项目支出); the indicator
    header repeated after a page break; 卫生厕所普及率 as 0.785 under `0.0%`."""
    b = Book()
    s = b.sheet("部门整体")
    department_head(
        s,
        year=2025,
        dept="石湾县农业农村局",
        budget=[(money(18650.42), money(17980.42), money(670), money(2130.42), money(16520))],
        tasks=[
            (
                "粮食生产与耕地保护",
                "耕地地力保护补贴、高标准农田建设、农机购置补贴",
                money(6200),
                "粮食播种面积稳定在38万亩以上",
            ),
            (
                "动物防疫与防灾减灾",
                "强制免疫、病死畜禽无害化处理、农业防灾减灾",
                money(1320),
                "不发生区域性重大动物疫情",
            ),
            (
                "乡村建设与人居环境",
                "农村户厕改造、生活垃圾和污水治理、村庄清洁行动",
                money(4300),
                "卫生厕所普及率达到78.5%",
            ),
            (
                "衔接推进乡村振兴",
                "产业发展、联农带农、就业帮扶",
                money(4700),
                "带动脱贫户1500户以上增收",
            ),
            ("金额合计", None, money(16520), None),
        ],
        goal="目标1：粮食生产稳定，播种面积不低于38万亩；目标2：动物疫病防控有力，强制免疫密度保持"
        "在90%以上；目标3：农村人居环境持续改善，卫生厕所普及率达到78.5%；目标4：巩固拓展脱贫"
        "攻坚成果，守住不发生规模性返贫底线。",
    )
    s.row(*_HEAD, merge=[(4, 6)])
    s.table(
        [
            ("产出指标", "数量指标", "粮食播种面积", "≥38万亩", None, None),
            (None, None, "新建高标准农田", "≥1.8万亩", None, None),
            (None, None, "完成农村户厕改造", "≥2600户", None, None),
            (None, "质量指标", "畜禽强制免疫密度", pct(0.9), None, None),
            (None, None, "农村卫生厕所普及率", pct(0.785, "0.0%"), None, None),
        ],
        merged=(1, 2),
    )
    s.row("第 1 页，共 2 页", None, None, None, None, None, merge=[(1, 6)])
    s.row(*_HEAD, merge=[(4, 6)])
    s.table(
        [
            ("产出指标", "时效指标", "惠农补贴资金兑付及时率", pct(0.98), None, None),
            ("成本指标", "经济成本指标", "一般性支出压减比例", "≥5%", None, None),
            ("效益指标", "经济效益指标", "农村居民人均可支配收入增幅", "≥6.5%", None, None),
            (None, "社会效益指标", "带动脱贫户增收户数", "≥1500户", None, None),
            (None, "生态效益指标", "农村生活垃圾收运处置体系覆盖率", pct(1), None, None),
            (None, "可持续影响指标", "防止返贫动态监测帮扶机制", "健全", None, None),
            ("满意度指标", "服务对象满意度指标", "农民群众满意度", "≥90%", None, None),
        ],
        merged=(1, 2),
    )
    s.row(
        "填报人：邓晓云",
        None,
        "联系电话：0771-5382201",
        None,
        "第 2 页，共 2 页",
        None,
        merge=[(1, 2), (3, 4), (5, 6)],
    )
    return b


@variant("jc16-department-wrong", (12,), "department, NAT-2021")
def department_wrong() -> Book:
    """梓岗县畜牧兽医局 2025: 基本支出 + 项目支出 ≠ 资金总额, tasks not adding to 金额合计, a
    卫生 rate above 100 % and one indicator entered twice with different values."""
    b = Book()
    s = b.sheet("部门整体")
    department_head(
        s,
        year=2025,
        dept="梓岗县畜牧兽医局",
        filled=day(2024, 11, 12),
        budget=[
            (mk(money(1286.5), "B101", "error"), money(1216.5), money(70), money(612.5), money(664))
        ],
        tasks=[
            ("重大动物疫病防控", "强制免疫、疫情监测、应急处置", money(318), "免疫密度90%以上"),
            ("畜产品质量安全监管", "兽药饲料监督抽检、屠宰监管", money(146), "抽检合格率98%以上"),
            ("畜牧业转型发展", "畜禽粪污资源化利用、良种推广", money(210), "粪污综合利用率80%以上"),
            ("金额合计", None, mk(money(664), "B102", "error"), None),
        ],
        goal="做好重大动物疫病防控和畜产品质量安全监管，推进畜禽粪污资源化利用。",
    )
    s.row(*_HEAD)
    s.table(
        [
            ("产出指标", "数量指标", "强制免疫畜禽数量", "≥420万头（只）", None, None),
            (None, None, "兽药饲料监督抽检批次", "≥260批次", None, None),
            (None, "质量指标", "畜产品质量安全抽检合格率", "≥98%", None, None),
            (
                None,
                None,
                "规模养殖场粪污处理设施装备配套率",
                mk(pct(1.05), "T106", "error"),
                None,
                None,
            ),
            (None, "时效指标", "疫情报告时限", "≤24小时", None, None),
            ("成本指标", "经济成本指标", "项目支出总成本", "≤664万元", None, None),
            ("效益指标", "生态效益指标", "畜禽粪污综合利用率", "≥80%", None, None),
            (None, "社会效益指标", "区域性重大动物疫情", "不发生", None, None),
            (
                None,
                "可持续影响指标",
                "畜禽粪污综合利用率",
                mk("≥85%", "D102", "error", row=True, alt=("D101", "D103")),
                None,
                None,
            ),
            ("满意度指标", "服务对象满意度指标", "养殖场户满意度", "≥90%", None, None),
        ],
        merged=(1, 2),
    )
    return b
