"""Department tables (§3.2) of water bureaus and stations: budget rows, key tasks with a typed
金额合计, 实施周期 and 年度 value columns. Each return says whether it is correct."""

from __future__ import annotations

from tests.variants.heads import department_head
from tests.variants.holdout34.registry import variant
from tests.variants.kit import Book, day, mk, money, pct

DEPT_HEAD = ("一级指标", "二级指标", "三级指标", "实施周期指标值", "年度指标值")
AMT = "#,##0.00"


@variant("ir09-water-bureau-department-ok", (12,), "department, NAT-2021, two value columns")
def ir09() -> Book:
    """Correct: 资金总额 = 财政拨款 + 其他资金 = 基本支出 + 项目支出; tasks add to 项目支出; a
    one-year 实施周期 equal to the year."""
    b = Book()
    s = b.sheet("部门整体")
    department_head(
        s, year=2025, dept="石埠县水利局",
        budget=[(money(3860.5, AMT), money(3600, AMT), money(260.5, AMT), money(1120.5, AMT),
                 money(2740, AMT))],
        tasks=[("农村饮水安全巩固提升", "改造供水管网55公里，更新净化消毒设备12套",
                money(1260, AMT),
                "农村自来水普及率达到93%"),
               ("小型水利工程维修养护", "维修养护小型水库21座、山塘46座", money(880, AMT),
                "工程安全运行，无溃坝事故"),
               ("河长制及河湖管护", "县乡村三级河长巡河，河道保洁210公里", money(600, AMT),
                "河湖面貌持续改善"),
               ("金额合计", None, money(2740, AMT), None)],
        goal="目标1：巩固提升农村饮水安全，农村自来水普及率达到93%。\n"
             "目标2：保障小型水利工程安全度汛。\n目标3：全面落实河长制，河湖水质稳定达标。",
    )  # fmt: skip
    s.row("年度绩效指标", merge=[(1, 5)])
    s.row(*DEPT_HEAD)
    s.table(
        [
            ("产出指标", "数量指标", "改造农村供水管网", "≥55公里", "≥55公里"),
            (None, None, "维修养护小型水库", "≥21座", "≥21座"),
            (None, None, "维修养护山塘", "≥46座", "≥46座"),
            (None, None, "河道保洁长度", "≥210公里", "≥210公里"),
            (None, "质量指标", "农村供水水质达标率", pct(0.9, "0.0%"), pct(0.9, "0.0%")),
            (None, "时效指标", "汛前隐患整改完成时间", "5月31日前", "5月31日前"),
            ("成本指标", "经济成本指标", "小型水库年均维修养护经费", "≤25万元/座", "≤25万元/座"),
            ("效益指标", "社会效益指标", "农村自来水普及率", "≥93%", "≥93%"),
            (None, None, "小型水库安全度汛", "无溃坝事故", "无溃坝事故"),
            (None, "生态效益指标", "县控以上断面水质达标率", "≥90%", "≥90%"),
            ("满意度指标", "服务对象满意度指标", "农村群众满意度", "≥90%", "≥90%"),
        ],
        merged=(1, 2),
    )
    return b


@variant("ir10-department-money-wrong", (6, 12), "department, NAT-2021, one value column")
def ir10() -> Book:
    """Four slips: 基本支出 + 项目支出 ≠ 资金总额, tasks not adding to the typed 金额合计, no
    满意度指标, the same indicator twice with different values."""
    b = Book()
    s = b.sheet("Sheet1")
    department_head(
        s, year=2025, dept="桐溪县水利局",
        budget=[(mk(money(2450, AMT), "B101", "error", row=True), money(2300, AMT),
                 money(150, AMT), money(860, AMT), money(1640, AMT))],
        tasks=[("农村供水工程维修养护", "维修养护单村供水工程64处", money(720, AMT),
                "农村集中供水率达到92%"),
               ("水土保持及小流域治理", "治理水土流失面积18平方公里", money(560, AMT),
                "水土流失得到有效控制"),
               ("河长制工作", "落实三级河长巡河，河道保洁150公里", money(380, AMT),
                "河湖面貌逐步改善"),
               ("金额合计", None, mk(money(1640, AMT), "B102", "error", row=True), None)],
        goal="巩固农村供水保障水平，推进小流域综合治理，全面落实河长制。",
    )  # fmt: skip
    b.file_mark("F106", "error", note="no 满意度指标 in a NAT-2021 table with rural users")
    s.row("年度绩效指标", merge=[(1, 4)])
    s.row("一级指标", "二级指标", "三级指标", "指标值")
    s.table(
        [
            ("产出指标", "数量指标", "维修养护单村供水工程", "≥64处"),
            (None, None, "治理水土流失面积", "≥18平方公里"),
            (None, None, "河道保洁长度", "≥150公里"),
            (None, "质量指标", "农村集中供水率", "≥92%"),
            (None, None, "农村供水水质达标率", "≥90%"),
            (None, "时效指标", "维修养护任务完成时间", "2025年10月底前"),
            ("成本指标", "经济成本指标", "单村供水工程平均维修费用", "≤11万元/处"),
            ("效益指标", "社会效益指标", mk("农村集中供水率", "D102", "error", row=True,
                                          alt=("D101", "D103")), "≥90%"),
            (None, "生态效益指标", "水土流失治理度", "逐步提高"),
        ],
        merged=(1, 2),
    )  # fmt: skip
    return b


@variant("ir16-water-station-year-direction", (11, 12), "department, NAT-2021, 填报日期 2023")
def ir16() -> Book:
    """Three slips: a 2025 table dated 2023, a leakage rate with ≥, a collection rate typed as a
    bare 95 without a % anywhere."""
    b = Book()
    s = b.sheet("部门整体")
    department_head(
        s, year=2025, dept="云崖县水务服务中心",
        filled=mk(day(2023, 11, 16), "Y102", "error", alt=("Y101", "Y103")),
        budget=[(money(612, AMT), money(580, AMT), money(32, AMT), money(212, AMT),
                 money(400, AMT))],
        goal="保障全县农村供水工程稳定运行，降低管网漏损，提高水费收缴水平。",
    )  # fmt: skip
    s.row("年度绩效指标", merge=[(1, 4)])
    s.row("一级指标", "二级指标", "三级指标", "指标值")
    s.table(
        [
            ("产出指标", "数量指标", "农村供水工程运行管护", "≥132处"),
            (None, "质量指标", "农村供水管网漏损率", mk("≥12%", "T108", "warning", row=True)),
            (None, None, "农村供水水质检测合格率", "≥90%"),
            (None, "时效指标", "供水故障抢修时限", "≤24小时"),
            ("成本指标", "经济成本指标", "单处工程年运行管护经费", "≤3万元/处"),
            ("效益指标", "经济效益指标", "农村供水水费收缴率",
             mk(95, "T105", "warning", alt=("T104",))),
            (None, "可持续影响指标", "农村供水工程良性运行", "达标"),
            ("满意度指标", "服务对象满意度指标", "用水户满意度", "≥90%"),
        ],
        merged=(1, 2),
    )  # fmt: skip
    return b
