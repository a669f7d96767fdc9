"""Small water works upkeep (小型水利工程维修养护) over 2026—2028: 中期资金 and 年度资金,
中期目标 beside 年度目标, 中期 and 年度 values for each indicator."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout24.registry import variant
from tests.variants.kit import Book, C, mk, ok

WAN = '0.00"万元"'


@variant("ih11-water-upkeep-three-years-ok", (1, 8), "three-year project, 中期 and 年度 columns")
def water_upkeep_ok() -> Book:
    b = Book()
    s = b.sheet("绩效目标申报表", (14, 16, 30, 16, 16, 18))
    project_head(
        s, year=2026, years=3, name="小型水利工程维修养护", dept="石埠县水利局",
        unit="石埠县小型水利工程管理站", attr="延续项目",
        money=[("中期资金总额", C(2160, WAN), "年度资金总额", C(720, WAN)),
               ("其中：财政拨款", C(2160, WAN), "其中：财政拨款", C(720, WAN)),
               ("其他资金", C(0, WAN), "其他资金", C(0, WAN))],
        goals=["2026—2028年对全县36座小型水库、90座山塘和180公里灌溉渠道开展维修养护，工程"
               "完好率保持在90%以上，保障8.5万人灌溉和饮水安全。",
               "2026年维修养护小型水库12座、山塘30座、灌溉渠道60公里，汛前完成维修养护，工程"
               "完好率90%以上。"],
    )  # fmt: skip
    s.table(
        [
            ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值", "备注"),
            ("产出指标", "数量指标", "维修养护小型水库", "≥36座", "≥12座", ""),
            (None, None, "维修养护山塘", "≥90座", "≥30座", ""),
            (None, None, "维修养护灌溉渠道长度", "≥180公里", "≥60公里", ""),
            (None, "质量指标", "工程完好率", "≥90%", "≥90%", ""),
            (None, None, "维修养护项目验收合格率", "100%", "100%", ""),
            (None, "时效指标", "汛前维修养护完成时间", "每年4月30日前", "2026年4月30日前", ""),
            ("成本指标", "经济成本指标", "渠道维修养护单价", "≤1.2万元/公里", "≤1.2万元/公里", ""),
            (None, None, "小型水库维修养护单价", "≤18万元/座", "≤18万元/座", ""),
            (
                "效益指标",
                "社会效益指标",
                "受益人口",
                "≥8.5万人",
                ok("≥8.5万人", note="the same people benefit every year"),
                "",
            ),
            (None, "可持续影响指标", "工程设计功能正常发挥年限", "≥10年", "≥10年", ""),
            ("满意度指标", "服务对象满意度指标", "受益群众满意度", "≥90%", "≥90%", ""),
        ],
        merged=(1, 2),
    )
    s.row("注：中期指标值为2026—2028年累计数。", merge=[(1, 6)])
    s.row("填表人：邵敏", "审核人：", "付国庆", "联系电话：", "5530912", None)
    return b


@variant("ih12-water-upkeep-copied", (8,), "three-year project, annual values copied")
def water_upkeep_copied() -> Book:
    b = Book()
    s = b.sheet("Sheet1", (14, 16, 30, 16, 16, 18))
    goal = ("2026—2028年完成全县小型水库24座、山塘60座、灌溉渠道150公里的维修养护，工程完好率"
            "达到90%以上。")  # fmt: skip
    project_head(
        s, year=2026, years=3, name="小型水利工程维修养护", dept="泷水县水利局",
        unit="泷水县水利工程管理所", attr="延续项目",
        money=[("中期资金总额", C(1800, WAN), "年度资金总额", C(600, WAN)),
               ("其中：财政拨款", C(1800, WAN), "其中：财政拨款", C(600, WAN)),
               ("其他资金", C(0, WAN), "其他资金", C(0, WAN))],
        goals=[goal, mk(goal, "D204", "warning")],
    )  # fmt: skip
    s.table(
        [
            ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值", "备注"),
            ("产出指标", "数量指标", "维修养护小型水库", "≥24座", mk("≥30座", "D201", "error"), ""),
            (None, None, "维修养护山塘", "≥60座", mk("≥60座", "D202", "warning"), ""),
            (None, None, "维修养护灌溉渠道长度", "≥150公里", mk("≥150公里", "D202", "warning"), ""),
            (None, "质量指标", "工程完好率", "≥90%", "≥90%", ""),
            (None, "时效指标", "汛前维修养护完成时间", "每年4月30日前", "2026年4月30日前", ""),
            ("成本指标", "经济成本指标", "渠道维修养护单价", "≤1.5万元/公里", "≤1.5万元/公里", ""),
            (
                "效益指标",
                "社会效益指标",
                "保障灌溉面积",
                "≥9万亩",
                ok("≥9万亩", note="the same fields every year"),
                "同一受益范围",
            ),
            (None, "可持续影响指标", "工程设计功能正常发挥年限", "≥10年", "≥10年", ""),
            ("满意度指标", "服务对象满意度指标", "受益群众满意度", "≥90%", "≥90%", ""),
        ],
        merged=(1, 2),
    )
    s.row("填表人：梁秀珍    联系电话：6127340", merge=[(1, 6)])
    return b
