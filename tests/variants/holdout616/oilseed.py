"""Flax (亚麻) and castor (蓖麻) oil-seed cooperative returns of the 616th held-out set: fb13 to
fb18."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.heads import project_head
from tests.variants.holdout616.common import (
    book,
    indicators,
    lines,
    multi_year,
    notes,
    one_year,
    wan,
)
from tests.variants.holdout616.registry import variant
from tests.variants.kit import YUAN, Book, Sheet, mk, money, pct

DEPT = "沙榆县农业农村局（406011）"
HEAD4 = ("一级指标", "二级指标", "三级指标", "指标值")
EXPORT = ("项目编码", "项目名称", "一级指标", "二级指标", "三级指标", "指标值")


@variant(
    "fb13-flax-pressing",
    (12, 7),
    "project, OLD-NAT, header 预期目标, a detail block adding to the money, a goal's tonnage "
    "given with its parts (correct)",
)
def fb13() -> Book:
    b, s = book()
    goal = ("更新亚麻籽压榨设备3台，全年订单收购油料3200吨（其中亚麻籽2000吨、蓖麻籽1200吨），"
            "压榨亚麻籽油600吨。")  # fmt: skip
    project_head(s, year=2025, name="亚麻籽油压榨能力提升项目", dept=DEPT,
                 unit="沙榆县北梁亚麻蓖麻种植专业合作社",
                 money=one_year(wan(200), wan(160), wan(40)),
                 goals=[goal])  # fmt: skip
    rows = [
        ("产出指标", "数量指标", "更新压榨设备", "≥3台"),
        (None, None, "油料订单收购总量", "≥3200吨"),
        (None, None, "订单收购亚麻籽", "≥2000吨"),
        (None, None, "压榨亚麻籽油", "≥600吨"),
        (None, "质量指标", "亚麻籽油出厂检验合格率", "=100%"),
        (None, "时效指标", "设备安装调试完成时间", "2025年8月31日前"),
        (None, "成本指标", "压榨设备购置单价", "≤40万元/台"),
        ("效益指标", "经济效益指标", "社员油料销售收入增长率", "≥10%"),
        (None, "社会效益指标", "带动种植户", "≥260户"),
        ("满意度指标", "服务对象满意度指标", "订单种植户满意度", "≥90%"),
    ]  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "预期目标"), rows)
    s.skip()
    items = [("压榨设备购置", wan(120)), ("油料收购周转", wan(50)), ("厂房改造", wan(30))]
    lines(s, "资金明细", items, wan(200))
    return b


@variant(
    "fb14-flax-seed-years",
    (5, 10),
    "one-year project, NAT-2021, numbered labels with points and an indicator score column: last "
    "year in the goal, a deadline in the next year",
)
def fb14() -> Book:
    b, s = book()
    goal = mk("2024年推广亚麻良种1.2万亩，建设良种繁育基地500亩，亚麻籽出油率提高1.5个百分点。",
              "Y103", "warning", alt=("Y101",), note="2025年度的年度目标写成2024年")  # fmt: skip
    project_head(s, year=2025, name="亚麻良种推广项目", dept=DEPT, attr="延续项目",
                 unit="沙榆县农业技术推广中心", money=one_year(wan(75), wan(60), wan(15)),
                 goals=[goal])  # fmt: skip
    late = mk("2026年3月31日前", "Y102", "error", alt=("Y103",),
              note="一年期2025年项目的完成时间在2026年")  # fmt: skip
    rows = [
        ("一、产出指标（50分）", "1.数量指标", "推广亚麻良种面积", "≥1.2万亩", 15),
        (None, None, "良种繁育基地", "≥500亩", 10),
        (None, "2.质量指标", "良种纯度达标率", "≥96%", 10),
        (None, "3.时效指标", "良种推广完成时间", late, 10),
        (None, None, "良种补贴兑付时间", "2025年6月30日前", 5),
        ("二、成本指标（10分）", "1.经济成本指标", "良种补贴标准", "≤50元/亩", 10),
        ("三、效益指标（30分）", "1.经济效益指标", "亚麻籽出油率提高", "≥1.5百分点", 15),
        (None, "2.可持续影响指标", "良种繁育体系", "建立并运行", 15),
        ("四、满意度指标（10分）", "1.服务对象满意度指标", "种植户满意度", "≥90%", 10),
    ]  # fmt: skip
    indicators(s, (*HEAD4, "分值"), rows)
    return b


@variant(
    "fb15-castor-three-years",
    (8,),
    "three-year project, NAT-2021, 实施期 and 年度 columns, the period's area beside a smaller "
    "year's, a later year prepared for (correct)",
)
def fb15() -> Book:
    b, s = book()
    period = "2025年—2027年累计种植蓖麻9000亩，建成订单基地3个，为2028年建设蓖麻油精炼线储备原料。"
    annual = "2025年种植蓖麻3000亩，建成订单基地1个，蓖麻籽亩产达到180公斤。"
    project_head(s, year=2025, years=3, name="蓖麻订单种植基地建设项目", dept=DEPT,
                 unit="沙榆县北梁亚麻蓖麻种植专业合作社", attr="新增项目",
                 money=multi_year((wan(180), wan(150), wan(30)), (wan(60), wan(50), wan(10))),
                 goals=[period, annual])  # fmt: skip
    rows = [
        ("产出指标", "数量指标", "蓖麻种植面积", "≥9000亩", "≥3000亩"),
        (None, None, "订单种植基地", "≥3个", "≥1个"),
        (None, "质量指标", "蓖麻籽亩产", "≥180公斤", "≥180公斤"),
        (None, "时效指标", "蓖麻籽收购完成时间", "2027年11月30日前", "2025年11月30日前"),
        ("成本指标", "经济成本指标", "蓖麻种植补贴标准", "≤150元/亩", "≤150元/亩"),
        ("效益指标", "经济效益指标", "种植户亩均增收", "≥300元", "≥300元"),
        (None, "生态效益指标", "盐碱地利用面积", "≥4000亩", "≥1200亩"),
        ("满意度指标", "服务对象满意度指标", "订单种植户满意度", pct(0.9), pct(0.9)),
    ]  # fmt: skip
    head = ("一级指标", "二级指标", "三级指标", "实施期指标值", "年度指标值")
    indicators(s, head, rows)
    notes(s, "注：满意度为不低于所填值。", width=5)
    return b


@variant(
    "fb16-castor-duplicates",
    (5, 2),
    "project, NAT-2021, numbered labels: the goal's area against the indicator, the intake twice "
    "with two values, a satisfaction rate under 社会效益",
)
def fb16() -> Book:
    b, s = book()
    goal = "2025年在沙榆县南滩种植蓖麻800亩，订单收购蓖麻籽900吨，带动种植户150户。"
    project_head(s, year=2025, name="蓖麻籽订单收购项目", dept=DEPT, attr="新增项目",
                 unit="沙榆县北梁亚麻蓖麻种植专业合作社", money=one_year(wan(90), wan(75), wan(15)),
                 goals=[goal])  # fmt: skip
    rows = [
        ("一、产出指标", "（一）数量指标", "蓖麻种植面积",
         mk("≥600亩", "D104", "warning", row=True, note="年度目标写种植800亩")),
        (None, None, "蓖麻籽订单收购量", "≥900吨"),
        (None, "（二）质量指标", "收购蓖麻籽含杂率", "≤2%"),
        (None, "（三）时效指标", "收购款结清时间", "2025年12月20日前"),
        ("二、成本指标", "（一）经济成本指标", "蓖麻种植补贴标准", "≤200元/亩"),
        ("三、效益指标", "（一）经济效益指标", mk("蓖麻籽订单收购数量", "D102", "error", row=True,
                                             alt=("D103", "D101"),
                                             note="与数量指标下的收购量是同一指标，900吨/1200吨"),
         "≥1200吨"),
        (None, "（二）社会效益指标", "带动种植户", "≥150户"),
        (None, None, mk("种植户满意度", "F201", "warning", row=True, note="满意度填在社会效益下"),
         "≥90%"),
        ("四、满意度指标", "（一）服务对象满意度指标", "收购企业满意度", "≥90%"),
    ]  # fmt: skip
    indicators(s, HEAD4, rows)
    return b


def export_money(s: Sheet, code: str, name: str, amounts: Sequence[Any], goal: str) -> None:
    """The budget sheet of a 预算管理一体化 export: header on the third row, codes first."""
    s.title("部门项目支出预算表", 5)
    s.row("单位：万元", merge=[(1, 5)])
    s.row("项目编码", "项目名称", "资金总额", "财政拨款", "其他资金")
    s.row(code, name, *amounts)
    s.row("年度绩效目标", goal, merge=[(2, 5)])


@variant(
    "fb17-flax-export",
    (9, 4),
    "budget-system export: money on 部门项目支出预算05-1, the table on 部门项目支出绩效目标05-2 "
    "with codes first and the header repeated after a page break (correct)",
)
def fb17() -> Book:
    b, s = book("部门项目支出预算05-1", (16, 24, 14, 14, 14))
    goal = "新建亚麻籽烘干塔2座、仓储库容3000吨，降低亚麻籽霉变损失。"
    export_money(s, "152625250001", "亚麻籽仓储烘干设施项目", (wan(140), wan(120), wan(20)), goal)
    t = b.sheet("部门项目支出绩效目标05-2", (16, 20, 12, 14, 26, 16))
    t.title("部门项目支出绩效目标表", 6)
    t.row("单位名称：沙榆县亚麻产业服务中心", merge=[(1, 6)])
    code, name = "152625250001", "亚麻籽仓储烘干设施项目"
    first = [
        (code, name, "产出指标", "数量指标", "新建烘干塔", "≥2座"),
        (None, None, None, None, "新增仓储库容", "≥3000吨"),
        (None, None, None, "质量指标", "烘干后亚麻籽含水率", "≤9%"),
        (None, None, None, "时效指标", "设备安装完成时间", "2025年9月30日前"),
    ]  # fmt: skip
    t.row(*EXPORT)
    t.table(first, merged=(1, 2, 3, 4))
    rest = [
        (code, name, "产出指标", "成本指标", "烘干塔购置单价", "≤45万元/座"),
        (None, None, "效益指标", "经济效益指标", "亚麻籽霉变损失下降率", "≥30%"),
        (None, None, "满意度指标", "服务对象满意度指标", "入库社员满意度", pct(0.9)),
    ]  # fmt: skip
    t.row(*EXPORT)
    t.table(rest, merged=(1, 2, 3, 4))
    return b


@variant(
    "fb18-castor-export",
    (9, 12),
    "budget-system export, OLD-NAT: 其他资金 in 元 inside a 万元 block, a unit cost rounded to 0",
)
def fb18() -> Book:
    b, s = book("部门项目支出预算05-1", (16, 24, 14, 14, 16))
    other = mk(money(150000, YUAN), "B105", "error", note="万元表中其他资金写成150,000.00元")
    goal = "蓖麻籽脱壳加工800吨，加工环节损耗率控制在3%以内。"
    export_money(s, "152625250007", "蓖麻籽脱壳加工项目", (wan(80), wan(65), other), goal)
    b.file_mark("B101", "error", required=False, note="按元读入其他资金后总额不平，由B105引起")
    t = b.sheet("部门项目支出绩效目标05-2", (16, 20, 12, 14, 26, 16))
    t.title("部门项目支出绩效目标表", 6)
    t.row("单位名称：沙榆县北梁亚麻蓖麻种植专业合作社", merge=[(1, 6)])
    code, name = "152625250007", "蓖麻籽脱壳加工项目"
    rows = [
        (code, name, "产出指标", "数量指标", "蓖麻籽脱壳加工量", "≥800吨"),
        (None, None, None, "质量指标", "脱壳后蓖麻仁完整率", "≥92%"),
        (None, None, None, "时效指标", "加工任务完成时间", "2025年12月15日前"),
        (None, None, None, "成本指标", "每吨脱壳加工成本",
         mk("≤0万元/吨", "T115", "error", note="单位过大四舍五入成0")),
        (None, None, "效益指标", "经济效益指标", "加工环节损耗率", "≤3%"),
        (None, None, "满意度指标", "服务对象满意度指标", "送加工社员满意度", "≥90%"),
    ]  # fmt: skip
    t.row(*EXPORT)
    t.table(rows, merged=(1, 2, 3, 4))
    return b
