"""Project tables with 中期 and 年度 columns: special equipment, intellectual property,
standardisation and metrology (ov08 to ov14)."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout194.common import TWO, book, indicators, note, period_money, sign, wan
from tests.variants.holdout194.registry import variant
from tests.variants.kit import Book, mk, pct


@variant("ov08-inspection-standard-equal", (8, 12), "three-year project, NAT-2021, 中期 and 年度 "
         "columns: 600元/台 × 台数 equals the money in both columns, rates equal in both "
         "(correct)")  # fmt: skip
def ov08() -> Book:
    b, s = book("Sheet1")
    project_head(
        s, year=2026, years=3, name="电梯等特种设备定期检验补助项目",
        dept="青岚市市场监督管理局（226）", unit="青岚市特种设备监督检验所",
        money=period_money((wan(900), wan(800), wan(100)), (wan(300), wan(260), wan(40))),
        goals=["三年累计完成电梯、锅炉、压力容器等特种设备定期检验15000台，检验报告出具及时率"
               "保持98%以上。",
               "2026年完成特种设备定期检验5000台，检验报告出具及时率达到98%以上。"],
    )  # fmt: skip
    indicators(s, TWO, [
        ("产出指标", "数量指标", "特种设备定期检验台数", "≥15000台", "≥5000台"),
        (None, None, "特种设备安全宣传活动场次", "≥18场", "≥6场"),
        (None, "质量指标", "检验报告出具及时率", "≥98%", "≥98%"),
        (None, None, "检验结论差错率", "≤0.5%", "≤0.5%"),
        (None, "时效指标", "检验报告出具时限", "≤10个工作日", "≤10个工作日"),
        ("成本指标", "经济成本指标", "单台设备检验补助标准", "≤600元/台", "≤600元/台"),
        ("效益指标", "社会效益指标", "检验发现隐患整改率", "≥95%", "≥95%"),
        (None, None, "万台特种设备死亡人数", "≤0.2人/万台", "≤0.2人/万台"),
        ("满意度指标", "服务对象满意度指标", "设备使用单位满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    return b


@variant("ov09-cylinder-annual-above-period", (8,), "three-year project, NAT-2021, 中期 and "
         "年度 columns: the 中期 count ≥9000只 below the 年度 ≥30000只, a 中期 deadline in 2029 "
         "after the period ends")  # fmt: skip
def ov09() -> Book:
    b, s = book("Sheet1")
    project_head(
        s, year=2026, years=3, name="气瓶及压力管道安全监管项目",
        dept="白沙河区市场监督管理局（227）", unit="白沙河区特种设备安全服务中心",
        money=period_money((wan(240), wan(240), wan(0)), (wan(80), wan(80), wan(0))),
        goals=["三年内实现辖区在用气瓶定期检验全覆盖，压力管道定期检验率达到95%以上。",
               "2026年完成气瓶定期检验30000只，压力管道定期检验率达到95%以上。"],
    )  # fmt: skip
    indicators(s, TWO, [
        ("产出指标", "数量指标", "气瓶定期检验数量", "≥9000只",
         mk("≥30000只", "D201", "error", row=True,
            note="a cumulative count: the year cannot pass the three-year figure")),
        (None, None, "气瓶充装单位监督检查家次", "≥36家次", "≥12家次"),
        (None, "质量指标", "压力管道定期检验率", "≥95%", "≥95%"),
        (None, "时效指标", "压力管道定期检验完成时间",
         mk("2029年6月30日前", "Y102", "error", alt=("Y103",),
            note="after the period 2026–2028 ends"), "2026年12月31日前"),
        ("成本指标", "经济成本指标", "单只气瓶检验补助标准", "≤25元/只", "≤25元/只"),
        ("效益指标", "社会效益指标", "气瓶安全事故隐患整改率", "≥95%", "≥95%"),
        (None, "可持续影响指标", "气瓶质量安全追溯系统覆盖率", "≥90%", "≥80%"),
        ("满意度指标", "服务对象满意度指标", "充装单位满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    return b


@variant("ov10-patent-operator-column", (8, 11), "two-year project, NAT-2021, an operator column "
         "before 中期 and 年度 values and a unit column; a 质押融资 amount in 亿元 far above the "
         "money, a 增长率 (correct)")  # fmt: skip
def ov10() -> Book:
    b, s = book("Sheet1", (14, 16, 30, 10, 14, 14, 12))
    project_head(
        s, year=2026, years=2, name="专利转化实施及知识产权质押融资补助项目",
        dept="白沙河区市场监督管理局（知识产权局）（227）", unit="白沙河区知识产权服务中心",
        money=period_money((wan(400), wan(360), wan(40)), (wan(200), wan(180), wan(20))),
        goals=["两年支持企业实施专利转化项目40项，知识产权质押融资登记金额达到8亿元，每万人口"
               "高价值发明专利拥有量稳步提升。",
               "2026年支持企业实施专利转化项目20项，知识产权质押融资登记金额达到4亿元。"],
    )  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "比较符", "中期指标值", "年度指标值",
                   "计量单位"), [
        ("产出指标", "数量指标", "支持专利转化实施项目数", "≥", 40, 20, "项"),
        (None, None, "开展知识产权培训场次", "≥", 16, 8, "场"),
        (None, "质量指标", "补助项目验收合格率", "≥", 95, 95, "%"),
        (None, "时效指标", "补助资金拨付时限", "≤", 30, 30, "个工作日"),
        ("成本指标", "经济成本指标", "单个转化项目补助标准", "≤", 9, 9, "万元/项"),
        ("效益指标", "经济效益指标", "知识产权质押融资登记金额", "≥", 8, 4, "亿元"),
        (None, None, "受补助企业专利产品销售收入增长率", "≥", 15, 15, "%"),
        (None, "可持续影响指标", "每万人口高价值发明专利拥有量", "≥", 12, 11, "件"),
        ("满意度指标", "服务对象满意度指标", "受补助企业满意度", "≥", 90, 90, "%"),
    ])  # fmt: skip
    sign(s, "程以安", "黎思源", "0592-56702381")
    return b


@variant("ov11-geo-mark-rate-count-duplicate", (8,), "three-year project, NAT-2021, 中期 and "
         "年度 columns: a 覆盖率 given as 家 in both columns, one indicator row pasted "
         "twice")  # fmt: skip
def ov11() -> Book:
    b, s = book("Sheet1")
    project_head(
        s, year=2026, years=3, name="地理标志保护与商标品牌培育项目",
        dept="临溪县市场监督管理局（231）", unit="临溪县知识产权保护中心",
        money=period_money((wan(150), wan(150), wan(0)), (wan(50), wan(50), wan(0))),
        goals=["三年新增地理标志证明商标3件，建设商标品牌指导站6个，地理标志产品产值稳步增长。",
               "2026年新增地理标志证明商标1件，建设商标品牌指导站2个。"],
    )  # fmt: skip
    indicators(s, TWO, [
        ("产出指标", "数量指标", "新增地理标志证明商标注册数", "≥3件", "≥1件"),
        (None, None, "商标品牌指导站建设数", "≥6个", "≥2个"),
        (None, None, mk("商标品牌指导站建设数", "D101", "warning", row=True, alt=("D103",),
                        note="the row above pasted twice"), "≥6个", "≥2个"),
        (None, "质量指标", "地理标志产品抽检合格率", "≥98%", "≥98%"),
        (None, None, "地理标志专用标志使用企业覆盖率",
         mk("≥30家", "T105", "error", row=True, note="a 覆盖率 needs a percentage"),
         mk("≥15家", "T105", "error", required=False, note="the same slip in the year")),
        (None, "时效指标", "年度培育任务完成时间", "每年12月31日前", "2026年12月31日前"),
        ("成本指标", "经济成本指标", "单个指导站建设补助", "≤5万元/个", "≤5万元/个"),
        ("效益指标", "经济效益指标", "地理标志产品产值增长率", "≥10%", "≥5%"),
        ("满意度指标", "服务对象满意度指标", "地理标志使用企业满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    return b


@variant("ov12-one-year-standards-equal", (8,), "one-year project, NAT-2021, 中期 and 年度 "
         "columns and goals legitimately identical; two per-项/个 standards whose products add "
         "to less than the money (correct)")  # fmt: skip
def ov12() -> Book:
    b, s = book("Sheet1")
    goal = "2026年制修订地方标准8项，建设标准化试点示范项目3个，推动120家企业对标达标。"
    project_head(
        s, year=2026, name="地方标准制修订及标准化试点示范项目", dept="青岚市市场监督管理局（226）",
        unit="青岚市标准化研究院", attr="一次性项目",
        money=period_money((wan(80), wan(70), wan(10)), (wan(80), wan(70), wan(10))),
        goals=[goal, goal],
    )  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "实施期指标值", "年度指标值"), [
        ("产出指标", "数量指标", "制修订地方标准数", "≥8项", "≥8项"),
        (None, None, "标准化试点示范项目数", "≥3个", "≥3个"),
        (None, "质量指标", "地方标准立项评审通过率", "≥90%", "≥90%"),
        (None, "时效指标", "地方标准报批完成时间", "2026年11月30日前", "2026年11月30日前"),
        ("成本指标", "经济成本指标", "单项地方标准制修订补助", "≤6万元/项", "≤6万元/项"),
        (None, None, "单个试点示范项目补助", "≤10万元/个", "≤10万元/个"),
        ("效益指标", "经济效益指标", "对标达标企业数", "≥120家", "≥120家"),
        (None, "可持续影响指标", "标准化信息服务平台运行情况", "稳定", "稳定"),
        ("满意度指标", "服务对象满意度指标", "标准使用单位满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    return b


@variant("ov13-group-standards-annual-money", (8, 12), "two-year project, NAT-2021, 中期 and "
         "年度 columns: the 年度资金总额 120万元 above the 中期 100万元, the 年度目标 names "
         "15家 but the indicator ≥10家")  # fmt: skip
def ov13() -> Book:
    b, s = book("Sheet1")
    project_head(
        s, year=2026, years=2, name="企业标准“领跑者”培育及团体标准建设项目",
        dept="白沙河区市场监督管理局（227）", unit="白沙河区质量技术服务中心",
        money=period_money(
            (wan(100), wan(90), wan(10)),
            (mk(wan(120), "B103", "error", row=True, note="the year above the period's 100"),
             mk(wan(110), "B103", "error", row=True, required=False,
                note="the grant follows the total"), wan(10))),
        goals=["两年培育企业标准“领跑者”25家，发布团体标准10项。",
               "2026年培育企业标准“领跑者”15家，发布团体标准5项。"],
    )  # fmt: skip
    indicators(s, TWO, [
        ("产出指标", "数量指标", "培育企业标准“领跑者”数", "≥25家",
         mk("≥10家", "D104", "warning", row=True, note="the 年度目标 names 15家")),
        (None, None, "发布团体标准数", "≥10项", "≥5项"),
        (None, "质量指标", "团体标准技术审查通过率", "≥90%", "≥90%"),
        (None, "时效指标", "“领跑者”评估结果发布时间", "2027年10月31日前", "2026年10月31日前"),
        ("成本指标", "经济成本指标", "单家“领跑者”培育补助", "≤2万元/家", "≤2万元/家"),
        (None, None, "单项团体标准研制补助", "≤4万元/项", "≤4万元/项"),
        ("效益指标", "经济效益指标", "“领跑者”企业主导产品产值增长率", "≥10%", "≥5%"),
        ("满意度指标", "服务对象满意度指标", "参与企业满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    return b


@variant("ov14-metrology-two-column-sets", (8, 12), "three-year project, OLD-NAT, two complete "
         "column sets (二级/三级/指标值 for 中期, then for 年度); two per-项/台件 standards "
         "whose products add to the money exactly, footnotes (correct)")  # fmt: skip
def ov14() -> Book:
    b, s = book("Sheet1", (12, 14, 26, 14, 14, 26, 14))
    project_head(
        s, year=2026, years=3, name="社会公用计量标准建设及计量惠民项目",
        dept="临溪县市场监督管理局（231）", unit="临溪县计量检定测试所",
        money=period_money((wan(180), wan(150), wan(30)), (wan(60), wan(50), wan(10))),
        goals=["三年新建社会公用计量标准9项，免费检定（校准）计量器具36000台件。",
               "2026年新建社会公用计量标准3项，免费检定（校准）计量器具12000台件。"],
    )  # fmt: skip
    s.row("一级指标", "二级指标", "三级指标（中期）", "中期指标值", "二级指标", "三级指标（年度）",
          "年度指标值")  # fmt: skip
    s.table([
        ("产出指标", "数量指标", "新建社会公用计量标准数", "≥9项",
         "数量指标", "新建社会公用计量标准数", "≥3项"),
        (None, None, "免费检定（校准）计量器具数", "≥36000台件",
         None, "免费检定（校准）计量器具数", "≥12000台件"),
        (None, "质量指标", "计量标准考核通过率", pct(1), "质量指标", "计量标准考核通过率", pct(1)),
        (None, "时效指标", "计量标准建标完成时间", "2028年11月30日前",
         "时效指标", "计量标准建标完成时间", "2026年11月30日前"),
        (None, "成本指标", "单项计量标准建设经费", "≤10万元/项",
         "成本指标", "单项计量标准建设经费", "≤10万元/项"),
        (None, None, "单台件免费检定补助", "≤25元/台件", None, "单台件免费检定补助", "≤25元/台件"),
        ("效益指标", "社会效益指标", "计量纠纷调解成功率", "≥90%",
         "社会效益指标", "计量纠纷调解成功率", "≥90%"),
        (None, "可持续影响指标", "量值溯源体系", "完善", "可持续影响指标", "量值溯源体系", "完善"),
        ("满意度指标", "服务对象满意度指标", "送检单位满意度", "≥90%",
         "服务对象满意度指标", "送检单位满意度", "≥90%"),
    ], merged=(1, 2, 5))  # fmt: skip
    note(s, "注：1. 成本指标按上级规定列在产出指标下；2. 金额单位为万元。", 7)
    sign(s, "叶清和", "梁慕白", "0592-73316690")
    return b
