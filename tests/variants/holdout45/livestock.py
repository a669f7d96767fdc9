"""Animal disease control of county 畜牧站 (动物疫病预防控制中心): 强制免疫, 免疫密度, 抗体
合格率, 疫情报告 (jc05–jc06)."""

from __future__ import annotations

from tests.variants.holdout45.registry import variant
from tests.variants.kit import Book, day, mk, money, ok, pct


@variant("jc05-epidemic-ok", (1, 4, 5), "project, OLD-NAT, numbered tier labels with points")
def epidemic_ok() -> Book:
    """重大动物疫病强制免疫 of 青柏县畜牧兽医站: tier labels numbered and with points, a weight
    column adding to 100, percent cells typed as 0.9 under `0%` and `0.0%`, a word operator
    (`90%以上`), a 0-case outbreak target written as words, a repeated header after a page break
    and a signature block."""
    b = Book()
    s = b.sheet("绩效目标表", widths=(18, 18, 30, 16, 8, 18))
    s.title("2025年青柏县重大动物疫病强制免疫补助项目绩效目标表", 6)
    s.row(
        "项目名称",
        "重大动物疫病强制免疫补助",
        None,
        "主管部门",
        "青柏县农业农村局",
        None,
        merge=[(2, 3), (5, 6)],
    )
    s.row(
        "实施单位", "青柏县畜牧兽医站", None, "项目属性", "常年项目", None, merge=[(2, 3), (5, 6)]
    )
    s.row("项目期", "1年", "计划开始日期", day(2025, 1, 1), "计划完成日期", day(2025, 12, 31))
    top = s.r + 1
    s.row("项目资金（万元）", "年度资金总额", money(286.4), "其中：财政拨款", money(286.4), None)
    s.row(None, "其中：中央补助", money(198), "县级配套", money(88.4), None)
    s.ws.merge_cells(start_row=top, start_column=1, end_row=s.r, end_column=1)
    s.row(
        "年度绩效目标",
        "目标1：对全县猪、牛、羊、家禽实施口蹄疫、高致病性禽流感等强制免疫，"
        "免疫密度常年保持在90%以上；目标2：免疫抗体合格率达到70%以上；目标3：不发生区域性"
        "重大动物疫情。",
        merge=[(2, 6)],
    )
    header = ("一级指标", "二级指标", "三级指标", "指标值", "分值", "备注")
    s.row(*header)
    s.table(
        [
            ("一、产出指标（50分）", "1.数量指标", "强制免疫病种数", "≥5种", 10, None),
            (None, None, "猪口蹄疫免疫数量", "≥18.5万头", 10, "按存栏计"),
            (None, "2.质量指标", "应免畜禽免疫密度", "90%以上", 10, None),
            (None, None, "免疫抗体合格率", pct(0.7), 10, "抽检"),
        ],
        merged=(1, 2),
    )
    s.row("（续表）", merge=[(1, 6)])
    s.row(*header)
    s.table(
        [
            ("一、产出指标（50分）", "3.时效指标", "疫情报告时限", "≤24小时", 5, None),
            (None, "4.成本指标", "每头份疫苗采购均价", "≤0.62元", 5, None),
            (
                "二、效益指标（30分）",
                "1.社会效益指标",
                "区域性重大动物疫情",
                ok("不发生", note="a zero-outbreak target written as words"),
                15,
                None,
            ),
            (None, "2.可持续影响指标", "动物疫病防控长效机制", "健全", 15, None),
            (
                "三、满意度指标（20分）",
                "服务对象满意度指标",
                "养殖户满意度",
                pct(0.9, "0.0%"),
                20,
                None,
            ),
        ],
        merged=(1, 2),
    )
    s.row("合计", None, None, None, 100, None, merge=[(1, 4)])
    s.row(
        "单位负责人：黄启明",
        None,
        "填表人：陆芸",
        "联系电话：0776-6213058",
        None,
        "（盖章）",
        merge=[(1, 2), (4, 5)],
    )
    return b


@variant("jc06-epidemic-wrong", (1, 5), "project, OLD-NAT, unit column")
def epidemic_wrong() -> Book:
    """动物防疫 of 梓岗县动物疫病预防控制中心: 免疫密度 as a bare 90 with no unit, an antibody
    合格率 above 100 %, 时效指标 under 效益指标, and a plan date in 2023 on a 2025 table."""
    b = Book()
    s = b.sheet("Sheet1", widths=(14, 16, 30, 18, 10, 18))
    s.title("2025年度项目支出绩效目标申报表", 6)
    s.row(
        "项目名称",
        "动物疫病防控经费",
        None,
        "主管部门及代码",
        "梓岗县农业农村局",
        None,
        merge=[(2, 3), (5, 6)],
    )
    s.row(
        "实施单位",
        "梓岗县动物疫病预防控制中心",
        None,
        "项目属性",
        "常年项目",
        None,
        merge=[(2, 3), (5, 6)],
    )
    s.row(
        "项目期",
        "1年",
        "计划开始日期",
        day(2025, 1, 1),
        "计划完成日期",
        mk(day(2023, 12, 31), "Y102", "error", alt=("Y101", "Y104")),
    )
    top = s.r + 1
    s.row("项目资金（万元）", "年度资金总额", money(142), "其中：财政拨款", money(142), None)
    s.row(None, "上年结转", money(0), "其他资金", money(0), None)
    s.ws.merge_cells(start_row=top, start_column=1, end_row=s.r, end_column=1)
    s.row(
        "年度绩效目标",
        "完成春秋两季集中免疫和日常补免，免疫抗体合格率保持在70%以上。",
        merge=[(2, 6)],
    )
    s.row("一级指标", "二级指标", "三级指标", "指标值", "计量单位", "备注")
    s.table(
        [
            ("产出指标", "数量指标", "春秋集中免疫畜禽数量", "≥260", "万头（羽）", None),
            (None, None, "免疫密度", mk(90, "T105", "error", alt=("T104",)), None, None),
            (None, "质量指标", "免疫抗体合格率", mk(pct(1.05), "T106", "error"), "%", None),
            (None, None, "病死畜禽无害化处理率", pct(1), "%", None),
            (None, "成本指标", "免疫耗材及劳务补助", "≤142", "万元", None),
            ("效益指标", "社会效益指标", "重大动物疫病发生率", "≤0.5", "%", None),
            (None, mk("时效指标", "F105", "error"), "疫情报告及时率", pct(1), "%", None),
            (None, "可持续影响指标", "基层防疫队伍稳定", "稳定", None, None),
            ("满意度指标", "服务对象满意度指标", "养殖场户满意度", "≥90", "%", None),
        ],
        merged=(1, 2),
    )
    s.row("填表人：", "潘立", "审核人：", "何春燕", "填报日期：", day(2024, 11, 18))
    return b
