"""Stamp issuing returns (wf01–wf06): special issues, zodiac stamps, first-day covers."""

from __future__ import annotations

from typing import Any

from tests.variants.heads import project_head
from tests.variants.holdout386.common import YEAR, funds, indicators, new, notes, sign, wan
from tests.variants.holdout386.registry import variant
from tests.variants.kit import Book, Sheet, mk, pct

OP_HEAD = ("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位")
ONE_HEAD = ("一级指标", "二级指标", "三级指标", "指标值")


@variant("wf01-percent-cells", (1, 12),
         "project, OLD-NAT, operator column (指标性质 as ≥/≤) and unit column, percent cells, "
         "万元 in the number format (correct)")  # fmt: skip
def wf01() -> Book:
    b, s = new()
    project_head(s, year=YEAR, name="《澄湾古桥》特种邮票发行项目",
                 dept="澄湾市邮政管理局（317002）", unit="澄湾市集邮公司",
                 money=funds((86, 68, 18)),
                 goals=["完成《澄湾古桥》特种邮票1套4枚的设计、印制和首发，"
                        "配套首日封2万枚。"])  # fmt: skip
    indicators(s, OP_HEAD, [
        ("产出指标", "数量指标", "发行邮票套数", "≥", 1, "套"),
        (None, None, "首日封制作数量", "≥", 20000, "枚"),
        (None, "质量指标", "邮票印制合格率", "≥", pct(0.98), "%"),
        (None, None, "邮票印制差错率", "≤", pct(0.005, "0.0%"), "%"),
        (None, "时效指标", "首发日邮品到位率", "≥", pct(0.95), "%"),
        (None, "成本指标", "邮票设计印制费用", "≤", 52, "万元"),
        (None, None, "首日封单枚制作成本", "≤", 1.2, "元/枚"),
        ("效益指标", "经济效益指标", "邮品销售收入", "≥", 40, "万元"),
        (None, "社会效益指标", "首发式集邮文化活动参与人次", "≥", 3000, "人次"),
        (None, "可持续影响指标", "邮票原图档案完整率", "≥", pct(0.95), "%"),
        ("满意度指标", "服务对象满意度指标", "集邮爱好者满意度", "≥", pct(0.9), "%"),
    ])  # fmt: skip
    sign(s, "邝晓岚", "0762-3318406")
    return b


@variant("wf02-percent-over", (1, 11),
         "project, OLD-NAT, operator column and unit column, percent cells: a rate over 100 %, "
         "a 反向 rate with ≥, a deadline given as a percentage")  # fmt: skip
def wf02() -> Book:
    b, s = new()
    project_head(s, year=YEAR, name="丙午年生肖邮票首日封加盖项目",
                 dept="雁汀县邮政管理局（405113）", unit="雁汀县邮政分公司集邮科",
                 money=funds((24, 20, 4)),
                 goals=["完成生肖邮票首日封加盖纪念邮戳1.5万枚，"
                        "开展生肖集邮进社区活动6场。"])  # fmt: skip
    indicators(s, OP_HEAD, [
        ("产出指标", "数量指标", "首日封加盖数量", "≥", 15000, "枚"),
        (None, None, "集邮进社区活动场次", "≥", 6, "场"),
        (None, "质量指标", "纪念邮戳加盖合格率", "≥",
         mk(pct(1.02), "T106", "error", note="合格率上限 100%，≥102% 不可能"), "%"),
        (None, None, "邮品投诉率",
         mk("≥", "T108", "warning", row=True, note="投诉率是反向指标，应为 ≤"), pct(0.02), "%"),
        (None, "时效指标", "首日封加盖完成时间", "≤",
         mk(pct(1), "T113", "warning", note="期限类指标写成百分比 100%"), "%"),
        (None, "成本指标", "首日封单枚加盖成本", "≤", 8, "元/枚"),
        ("效益指标", "社会效益指标", "活动参与居民人次", "≥", 1200, "人次"),
        ("满意度指标", "服务对象满意度指标", "参与居民满意度", "≥", pct(0.9), "%"),
    ])  # fmt: skip
    sign(s, "龚若川", "0763-5527190")
    return b


def _project(s: Sheet, name: str, fund: tuple[Any, Any, Any], goal: str,
             rows: list[tuple[Any, ...]], first: bool = False) -> None:  # fmt: skip
    """One project of a stacked sheet: its head block and its own indicator table."""
    project_head(s, year=YEAR, name=name, dept="栖梧市邮政管理局（328004）",
                 unit="栖梧市集邮公司", money=funds(fund), goals=[goal],
                 title=None if first else "")  # fmt: skip
    indicators(s, ONE_HEAD, rows)
    s.skip()


@variant("wf03-stacked-three", (2,),
         "three stamp projects stacked in one sheet, OLD-NAT, one value column, the same "
         "satisfaction rate with different values in different projects (correct)")  # fmt: skip
def wf03() -> Book:
    b, s = new()
    _project(s, "《栖梧山水》普通邮票发行", (45, 45, 0),
             "发行普通邮票1套6枚，覆盖全市120个邮政网点。", [
        ("产出指标", "数量指标", "邮票发行网点数", "≥120个"),
        (None, "质量指标", "邮票印制合格率", "≥98%"),
        (None, "时效指标", "邮票上架时间", "首发日当日"),
        (None, "成本指标", "邮票印制费用", "≤38万元"),
        ("效益指标", "社会效益指标", "集邮宣传覆盖人次", "≥20000人次"),
        ("满意度指标", "服务对象满意度指标", "集邮爱好者满意度", "≥90%"),
    ], first=True)  # fmt: skip
    _project(s, "个性化邮票定制服务", (18, 12, 6), "为本地企事业单位定制个性化邮票版张300版。", [
        ("产出指标", "数量指标", "个性化邮票版张数", "≥300版"),
        (None, "质量指标", "版张设计一次通过率", "≥90%"),
        (None, "成本指标", "单版制作成本", "≤500元/版"),
        ("效益指标", "经济效益指标", "定制服务收入", "≥20万元"),
        ("满意度指标", "服务对象满意度指标", "集邮爱好者满意度", "≥85%"),
    ])  # fmt: skip
    _project(s, "邮资封片发行", (12, 12, 0), "发行本地风光邮资明信片1套10枚，共5万枚。", [
        ("产出指标", "数量指标", "邮资明信片发行量", "≥50000枚"),
        (None, "时效指标", "明信片印制完成时间", "6月30日前"),
        (None, "成本指标", "单枚印制成本", "≤2元/枚"),
        ("效益指标", "社会效益指标", "城市风光宣传覆盖人次", "≥50000人次"),
        ("满意度指标", "服务对象满意度指标", "集邮爱好者满意度", "≥92%"),
    ])  # fmt: skip
    notes(s, "注：三个项目分别申报，资金互不调剂。")
    sign(s, "鲁映秋", "0751-8836204")
    return b


@variant("wf04-stacked-defects", (2, 12),
         "two stamp projects stacked, OLD-NAT, one value column: the second project's total "
         "is not the sum of its sources, one completion rate given as a count")  # fmt: skip
def wf04() -> Book:
    b, s = new()
    _project(s, "邮票预订服务网点建设", (30, 30, 0), "新建集邮预订服务点15个。", [
        ("产出指标", "数量指标", "新建预订服务点", "≥15个"),
        (None, "质量指标", "服务点验收合格率", "≥95%"),
        (None, "成本指标", "单个服务点建设成本", "≤2万元/个"),
        ("效益指标", "社会效益指标", "集邮预订便利群众人次", "≥8000人次"),
        ("满意度指标", "服务对象满意度指标", "预订群众满意度", "≥90%"),
    ], first=True)  # fmt: skip
    project_head(
        s,
        year=YEAR,
        name="生肖邮票预订发售",
        dept="栖梧市邮政管理局（328004）",
        unit="栖梧市集邮公司",
        title="",
        goals=["完成生肖邮票预订发售12000套。"],
        money=funds(
            (mk(wan(45), "B101", "error", note="30 + 10 = 40，不是 45"), 30, 10),
            (mk(wan(45), "B101", "error", required=False), 30, 10),
        ),
    )
    indicators(s, ONE_HEAD, [
        ("产出指标", "数量指标", "生肖邮票预订量", "≥12000套"),
        (None, "质量指标", "生肖邮票预订完成率",
         mk("12000套", "T105", "error", note="完成率给的是套数，应为百分比")),
        (None, "成本指标", "预订发售组织费用", "≤35万元"),
        ("效益指标", "社会效益指标", "生肖集邮文化活动参与人次", "≥3000人次"),
        ("满意度指标", "服务对象满意度指标", "预订群众满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "鲁映秋", "0751-8836204")
    return b


PT_HEAD = ("一级指标", "分值", "二级指标", "三级指标", "指标值", "分值")


@variant("wf05-points-two-levels", (10,),
         "project, NAT-2021, tier-1 score column and indicator score column (both add to 100), "
         "a member share raised in 百分点 (correct)")  # fmt: skip
def wf05() -> Book:
    b, s = new(widths=(14, 8, 16, 30, 16, 8))
    project_head(s, year=YEAR, name="青少年集邮推广项目", dept="檀溪区教育局（612007）",
                 unit="檀溪区青少年宫", money=funds((32, 32, 0)),
                 goals=["在全区20所中小学开设集邮兴趣课，发展青少年集邮会员800人。"])  # fmt: skip
    indicators(s, PT_HEAD, [
        ("产出指标", 50, "数量指标", "开设集邮兴趣课学校数", "≥20所", 15),
        (None, None, None, "发展青少年集邮会员", "≥800人", 15),
        (None, None, "质量指标", "兴趣课课时完成率", "≥95%", 10),
        (None, None, "时效指标", "兴趣课开课时间", "3月31日前", 10),
        ("成本指标", 10, "经济成本指标", "每所学校集邮教材及邮品配置费", "≤1.2万元/所", 10),
        ("效益指标", 30, "社会效益指标", "青少年集邮会员占在校生比例", "提高≥2百分点", 15),
        (None, None, "可持续影响指标", "校园集邮社团持续活动学校数", "≥12所", 15),
        ("满意度指标", 10, "服务对象满意度指标", "学生及家长满意度", "≥90%", 10),
    ], merged=(1, 2, 3))  # fmt: skip
    notes(s, "注：一级指标分值与三级指标分值为同一100分的两级分配，不重复计分。")
    sign(s, "温启航", "0768-2290513")
    return b


@variant("wf06-tier-points-mismatch", (10,),
         "project, NAT-2021, tier-1 score column against the indicator scores under it: two "
         "tiers do not add up (the totals still make 100)")  # fmt: skip
def wf06() -> Book:
    b, s = new(widths=(14, 8, 16, 30, 16, 8))
    project_head(s, year=YEAR, name="集邮文献数字化整理", dept="苍岭县文化和旅游局（533010）",
                 unit="苍岭县图书馆", money=funds((26, 22, 4)),
                 goals=["完成馆藏集邮期刊和邮展目录数字化3000册，建成检索平台。"])  # fmt: skip
    indicators(s, PT_HEAD, [
        ("产出指标", mk(50, "W103", "error", note="其下三级指标分值 20 + 15 + 10 = 45"),
         "数量指标", "集邮文献数字化册数", "≥3000册", 20),
        (None, None, None, "检索平台上线条目数", "≥30000条", 15),
        (None, None, "质量指标", "扫描图像合格率", "≥98%", 10),
        ("成本指标", 10, "经济成本指标", "每册数字化加工成本", "≤60元/册", 10),
        ("效益指标", mk(30, "W103", "error", note="其下三级指标分值 20 + 15 = 35"),
         "社会效益指标", "平台年访问人次", "≥5000人次", 20),
        (None, None, "可持续影响指标", "数字资源开放共享期限", "≥5年", 15),
        ("满意度指标", 10, "服务对象满意度指标", "检索用户满意度", "≥90%", 10),
    ], merged=(1, 2, 3))  # fmt: skip
    sign(s, "孟庭舟", "0769-4417752")
    return b
