"""专项债券 project tables (lv05, lv06, lv14, lv17)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.holdout116.common import amt, indicators, sign
from tests.variants.holdout116.registry import variant
from tests.variants.kit import Book, C, Sheet, mk, ok, pct

HEAD = ("一级指标", "二级指标", "三级指标", "指标性质", "比较符", "指标值", "度量单位")
WIDTHS = (14, 14, 28, 14, 14, 14, 12)


def bond_head(s: Sheet, *, name: str, unit: str, dept: str, kind: str, period: str,
              term: str, funds: Sequence[Any], income: float, cover: float, goal: str,
              annual: str) -> None:  # fmt: skip
    """A 专项债券 head: ``funds`` = (项目总投资, 专项债券, 财政预算资金, 市场化融资,
    本年度使用债券)."""
    s.title("2026年度地方政府专项债券项目绩效目标表", 7)
    s.row("项目名称", name, None, "项目单位", unit, None, None, merge=[(2, 3), (5, 7)])
    s.row("主管部门", dept, None, "项目类型", kind, None, None, merge=[(2, 3), (5, 7)])
    s.row("建设期", period, None, "债券期限", term, None, None, merge=[(2, 3), (5, 7)])
    top = s.row("项目资金（万元）", "项目总投资", "其中：专项债券", "财政预算资金", "市场化融资",
                "本年度使用债券", None)  # fmt: skip
    s.row(None, *[v if isinstance(v, C) else amt(v) for v in funds], None)
    s.ws.merge_cells(start_row=top, start_column=1, end_row=s.r, end_column=1)
    s.row("收益与融资平衡", "运营期预期总收益（万元）", None, amt(income), "本息覆盖倍数",
          cover, None, merge=[(2, 3), (6, 7)])  # fmt: skip
    s.row("总体目标", goal, None, None, None, None, None, merge=[(2, 7)])
    s.row("年度目标", annual, None, None, None, None, None, merge=[(2, 7)])


@variant("lv05-industrial-park-bond", (5, 12), "专项债券项目绩效目标表: 总投资 · 专项债券 · "
         "财政预算资金 · 市场化融资 · 本年度使用债券, "
         "指标性质 (direction) and 比较符 columns")  # fmt: skip
def lv05() -> Book:
    b = Book()
    s = b.sheet("专项债券绩效目标", WIDTHS)
    bond_head(
        s, name="沅岭市临港产业园标准厂房及配套基础设施项目", unit="沅岭市临港开发投资有限公司",
        dept="沅岭市临港经济开发区管理委员会", kind="产业园区基础设施", period="2025年—2027年",
        term="15年", funds=(36000, 22000, 8000, 6000, 12000), income=48600, cover=1.52,
        goal="建成标准厂房18万平方米及园区道路、污水管网等配套设施，引进中小制造企业60家以上，"
        "运营期收益覆盖债券本息1.2倍以上。",
        annual="2026年建成标准厂房8.5万平方米、园区道路3.2公里、污水管网4.6公里，新增入驻企业"
        "30家。",
    )  # fmt: skip
    indicators(s, HEAD, [
        ("产出指标", "数量指标", "新建标准厂房建筑面积", "正向", "≥", 8.5, "万平方米"),
        (None, None, "新建园区道路", "正向", "≥", 3.2, "公里"),
        (None, None, "新建污水管网", "正向", "≥", 4.6, "公里"),
        (None, "质量指标", "单位工程竣工验收合格率", "正向", "=", pct(1), "%"),
        (None, "时效指标", "年度债券资金支出率", "正向", "≥", pct(0.9), "%"),
        (None, None, "标准厂房一期竣工时间", "反向", "≤", "2026年11月30日", None),
        (None, "成本指标", "标准厂房单位造价", "反向", "≤", 1300, "元/平方米"),
        ("效益指标", "经济效益指标", "运营期年均租金收入", "正向", "≥", 3240, "万元"),
        (None, None, "债券本息覆盖倍数", "正向", "≥", 1.2, "倍"),
        (None, "社会效益指标", "新增入驻企业", "正向", "≥", 30, "家"),
        (None, None, "新增就业岗位", "正向", "≥", 1800, "个"),
        (None, "可持续影响指标", "标准厂房出租率", "正向", "≥", pct(0.85), "%"),
        ("满意度指标", "服务对象满意度指标", "入驻企业满意度", "正向", "≥", pct(0.9), "%"),
    ])  # fmt: skip
    sign(s, "项目单位（盖章）", "主管部门审核：同意。（盖章）2025年10月20日")
    return b


@variant("lv06-old-estate-bond-defects", (5, 12), "专项债券项目绩效目标表: a 完成率 given as a "
         "count of estates; 新增停车位 twice with different targets")  # fmt: skip
def lv06() -> Book:
    b = Book()
    s = b.sheet("专项债券绩效目标", WIDTHS)
    bond_head(
        s, name="鹤汀区城镇老旧小区改造及配套停车设施项目", unit="鹤汀区城市更新建设有限公司",
        dept="鹤汀区住房和城乡建设局", kind="城镇老旧小区改造", period="2026年—2027年",
        term="10年", funds=(21500, 14000, 5500, 2000, 9000), income=22400, cover=1.25,
        goal="改造老旧小区46个，惠及居民1.1万户，新增停车位2600个、充电桩400个，停车及充电收益"
        "覆盖债券本息1.2倍以上。",
        annual="2026年完成28个小区改造，新增停车位1200个、充电桩180个。",
    )  # fmt: skip
    indicators(s, HEAD, [
        ("产出指标", "数量指标", "改造老旧小区数量", "正向", "≥", 28, "个"),
        (None, None, ok("新增停车位", "error", note="the first of the two; tolerated"),
         "正向", "≥", 1200, "个"),
        (None, None, "新建充电桩", "正向", "≥", 180, "个"),
        (None, None, "改造供排水管网", "正向", "≥", 16, "公里"),
        (None, "质量指标", "改造工程验收合格率", "正向", "=", pct(1), "%"),
        (None, "时效指标", mk("年度改造计划完成率", "T105", "error", row=True,
                              note="a 完成率 given as 28个"), "正向", "≥", 28, "个"),
        (None, "成本指标", "小区改造户均投资", "反向", "≤", 1.3, "万元/户"),
        ("效益指标", "经济效益指标", "停车及充电年收入", "正向", "≥", 2240, "万元"),
        (None, None, mk("新增停车位", "D102", "error", row=True, alt=("D101", "D103", "D104"),
                        note="the same indicator as above with 1,500 instead of 1,200"),
         "正向", "≥", 1500, "个"),
        (None, "社会效益指标", "惠及居民户数", "正向", "≥", 6800, "户"),
        (None, "可持续影响指标", "改造小区长效管理机制建立率", "正向", "=", pct(1), "%"),
        ("满意度指标", "服务对象满意度指标", "小区居民满意度", "正向", "≥", pct(0.9), "%"),
    ])  # fmt: skip
    sign(s, "填报人：岑立舟  13907452621", "填报日期：2025年11月6日")
    return b


@variant("lv14-water-bond-year-above", (5, 11, 12), "专项债券项目绩效目标表: the 本年度使用债券 "
         "above the project's whole 专项债券; ≥ on a 反向 unit cost")  # fmt: skip
def lv14() -> Book:
    b = Book()
    s = b.sheet("专项债券绩效目标", WIDTHS)
    bond_head(
        s, name="柘溪县城乡供水一体化工程", unit="柘溪县水务投资有限公司",
        dept="柘溪县水利局", kind="城乡供水", period="2025年—2027年", term="20年",
        funds=(28000, 15000, 9000, 4000,
               mk(amt(18000), "B103", "error", row=True,
                  note="the year's 18,000 of bonds exceeds the project's 15,000")),
        income=41200, cover=1.67,
        goal="新建水厂1座（日供水4万吨），铺设输配水管网210公里，实现城乡供水同网同质，农村自来水"
        "普及率达到98%。",
        annual="2026年建成水厂主体工程，铺设输配水管网96公里，新增受益人口4.2万人。",
    )  # fmt: skip
    indicators(s, HEAD, [
        ("产出指标", "数量指标", "铺设输配水管网", "正向", "≥", 96, "公里"),
        (None, None, "新建加压泵站", "正向", "≥", 6, "座"),
        (None, None, "水厂设计日供水能力", "正向", "≥", 4, "万吨"),
        (None, "质量指标", "出厂水水质达标率", "正向", "=", pct(1), "%"),
        (None, None, "管网试压一次合格率", "正向", "≥", pct(0.95), "%"),
        (None, "时效指标", "水厂主体工程完工时间", "反向", "≤", "2026年12月31日", None),
        (None, "成本指标", "吨水供水成本", "反向",
         mk("≥", "T108", "warning", row=True, note="≥ on a 反向 cost"), 2.6, "元/吨"),
        (None, None, "输配水管网单位造价", "反向", "≤", 95, "万元/公里"),
        ("效益指标", "经济效益指标", "运营期年均水费收入", "正向", "≥", 2060, "万元"),
        (None, "社会效益指标", "新增受益人口", "正向", "≥", 4.2, "万人"),
        (None, None, "农村自来水普及率", "正向", "≥", pct(0.96), "%"),
        (None, "生态效益指标", "管网漏损率", "反向", "≤", pct(0.1), "%"),
        ("满意度指标", "服务对象满意度指标", "用水群众满意度", "正向", "≥", pct(0.9), "%"),
    ])  # fmt: skip
    sign(s, "项目单位（盖章）：柘溪县水务投资有限公司", "2025年11月18日")
    return b


@variant("lv17-cold-chain-bond-by-year", (5, 8, 12), "专项债券项目绩效目标表 with a 分年度资金 "
         "block (2025 已使用, 2026 本年, 2027 计划, 合计) and 中期 and 年度 "
         "value columns")  # fmt: skip
def lv17() -> Book:
    b = Book()
    s = b.sheet("绩效目标", (14, 14, 28, 12, 14, 14, 12))
    bond_head(
        s, name="云栖县农产品冷链物流园建设项目", unit="云栖县供销农产品物流有限公司",
        dept="云栖县商务局", kind="冷链物流设施", period="2025年—2027年", term="15年",
        funds=(18000, 12000, 3000, 3000, 5000), income=24300, cover=1.4,
        goal="建成冷库库容6万吨、分拣加工车间1.2万平方米，年冷链吞吐量30万吨，带动农户1.5万户。",
        annual="2026年建成冷库库容3.5万吨和分拣车间0.8万平方米，冷链吞吐量达到12万吨。",
    )  # fmt: skip
    top = s.row("分年度资金安排（万元）", "年度", "合计", "专项债券", "财政预算资金", "市场化融资",
                "备注")  # fmt: skip
    for y, t, bd, f, m, note in [
        ("2025年", 5000, 4000, 1000, 0, "已使用"),
        ("2026年", 8000, 5000, 1500, 1500, "本年度"),
        ("2027年", 5000, 3000, 500, 1500, "计划"),
        ("合计", 18000, 12000, 3000, 3000, None),
    ]:
        s.row(None, y, amt(t), amt(bd), amt(f), amt(m), note)
    s.ws.merge_cells(start_row=top, start_column=1, end_row=s.r, end_column=1)
    indicators(s, ("一级指标", "二级指标", "三级指标", "比较符", "中期指标值", "年度指标值",
                   "计量单位"), [
        ("产出指标", "数量指标", "新建冷库库容", "≥", 6, 3.5, "万吨"),
        (None, None, "分拣加工车间面积", "≥", 1.2, 0.8, "万平方米"),
        (None, None, "购置冷藏运输车辆", "≥", 40, 20, "辆"),
        (None, "质量指标", "工程竣工验收合格率", "=", pct(1), pct(1), "%"),
        (None, None, "冷库温控达标率", "≥", pct(0.98), pct(0.98), "%"),
        (None, "时效指标", "一期冷库投运时间", "≤", "2026年10月31日", "2026年10月31日", None),
        (None, "成本指标", "冷库单位库容造价", "≤", 1500, 1500, "元/吨"),
        ("效益指标", "经济效益指标", "年冷链吞吐量", "≥", 30, 12, "万吨"),
        (None, None, "运营期年均收入", "≥", 1620, 1620, "万元"),
        (None, "社会效益指标", "带动农户", "≥", 15000, 8000, "户"),
        (None, None, "农产品产后损耗率", "≤", pct(0.08), pct(0.1), "%"),
        (None, "可持续影响指标", "冷库设计使用年限", "≥", 30, 30, "年"),
        ("满意度指标", "服务对象满意度指标", "入园商户满意度", "≥", pct(0.9), pct(0.9), "%"),
    ])  # fmt: skip
    sign(s, "项目单位负责人：蓝卫东", "填报日期：2025年12月2日")
    return b
