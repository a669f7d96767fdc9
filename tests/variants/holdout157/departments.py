"""Department tables (部门整体, nk11–nk14)."""

from __future__ import annotations

from tests.variants.heads import department_head
from tests.variants.holdout157.common import TIERS4, signature
from tests.variants.holdout157.registry import variant
from tests.variants.kit import Book, day, mk, pct


@variant("nk11-market-regulation", (12,), "department, NAT-2021, one value column, key tasks "
         "adding up to 项目支出; look-alike =0起")  # fmt: skip
def nk11() -> Book:
    b = Book()
    s = b.sheet("部门整体")
    department_head(
        s, year=2026, dept="青岚市市场监督管理局",
        budget=[(4860, 4500, 360, 3240, 1620)],
        tasks=[
            ("食品安全抽检", "对生产、流通、餐饮环节食品开展监督抽检", 680, "抽检4000批次以上"),
            ("特种设备安全监察", "电梯、锅炉、压力容器定期检验和监督检查", 420,
             "特种设备定期检验9500台以上"),
            ("计量检定", "集贸市场、加油站、医疗机构计量器具强制检定", 520,
             "强制检定26000台件以上"),
            ("金额合计", None, 1620, None),
        ],
        goal="2026年完成食品安全抽检4000批次以上、特种设备定期检验9500台以上，不发生特种设备"
             "安全事故，市场主体满意度保持在90%以上。",
    )  # fmt: skip
    s.row(*TIERS4)
    s.table(
        [
            ("成本指标", "经济成本指标", "食品抽检单批次成本", "≤1700元/批次"),
            ("产出指标", "数量指标", "食品安全抽检", "≥4000批次"),
            (None, None, "特种设备定期检验", "≥9500台"),
            (None, None, "计量器具强制检定", "≥26000台件"),
            (None, "质量指标", "抽检不合格食品核查处置率", "≥98%"),
            (None, "时效指标", "投诉举报受理时限", "≤7个工作日"),
            ("效益指标", "社会效益指标", "特种设备安全事故", "=0起"),
            (None, None, "投诉举报按时办结率", "≥98%"),
            (None, "可持续影响指标", "企业信用信息公示率", "≥95%"),
            ("满意度指标", "服务对象满意度指标", "市场主体满意度", "≥90%"),
        ],
        merged=(1, 2),
    )  # fmt: skip
    signature(s, "陈立峰", "0571-8911 0302", "2025年11月20日")
    return b


@variant("nk12-city-management", (11, 12), "department, NAT-2021, one value column: key tasks "
         "adding up to more than their 金额合计, a 投诉率 with ≥")  # fmt: skip
def nk12() -> Book:
    b = Book()
    s = b.sheet("Sheet1")
    department_head(
        s, year=2027, dept="白沙河区城市管理局",
        budget=[(2380, 2100, 280, 1460, 920)],
        tasks=[
            ("道路清扫保洁", "主次干道及背街小巷机械化清扫和人工保洁", 520,
             "保洁面积78万平方米以上"),
            ("公厕运维", "城区公厕日常保洁和设施维修", 210, "86座公厕正常开放"),
            ("户外广告整治", "违规户外广告和店招店牌整治", 240, "整治违规广告1200处以上"),
            ("金额合计", None,
             mk(920, "B102", "error", alt=("B101",), note="520 + 210 + 240 = 970, not 920"),
             None),
        ],
        goal="2027年城区道路清扫保洁达标率保持在95%以上，公厕和户外广告管理规范有序，市民满意度"
             "达到90%以上。",
    )  # fmt: skip
    s.row(*TIERS4)
    s.table(
        [
            ("成本指标", "经济成本指标", "道路清扫保洁单价", "≤6.5元/平方米"),
            ("产出指标", "数量指标", "道路清扫保洁面积", "≥780000平方米"),
            (None, None, "公厕日常运维", "≥86座"),
            (None, None, "整治违规户外广告", "≥1200处"),
            (None, "质量指标", "道路清扫保洁达标率", "≥95%"),
            (None, "时效指标", "市民诉求响应时间", "≤2小时"),
            ("效益指标", "社会效益指标", "城市管理投诉率",
             mk("≥3%", "T108", "warning", row=True, note="a 投诉率 is 反向: ≤3% was meant")),
            (None, "生态效益指标", "生活垃圾无害化处理率", "≥99%"),
            (None, "可持续影响指标", "数字城管案件结案率", "≥95%"),
            ("满意度指标", "服务对象满意度指标", "市民满意度", "≥90%"),
        ],
        merged=(1, 2),
    )  # fmt: skip
    return b


@variant("nk13-culture-sports", (8, 12), "department, hybrid NAT-2021, 实施周期 and 年度 "
         "columns (成本 listed after 产出); rates equal, counts smaller in 年度; =0起")  # fmt: skip
def nk13() -> Book:
    b = Book()
    s = b.sheet("部门整体支出绩效目标")
    department_head(
        s, year=2026, dept="临溪县文化广电和旅游体育局",
        budget=[(1850, 1700, 150, 1120, 730)],
        tasks=[
            ("送戏下乡", "组织专业和业余文艺团队赴乡村演出", 180, "全年演出200场以上"),
            ("公共文化场馆免费开放", "图书馆、文化馆、博物馆免费开放运行保障", 310,
             "场馆正常免费开放"),
            ("全民健身赛事", "举办县级全民健身赛事和乡镇体育活动", 240, "举办赛事30场以上"),
            ("金额合计", None, 730, None),
        ],
        goal="2026年开展送戏下乡演出200场以上、全民健身赛事30场以上，公共文化设施正常运行，群众"
             "满意度达到90%以上。",
        filled=day(2025, 11, 26),
    )  # fmt: skip
    s.row("一级指标", "二级指标", "三级指标", "实施周期指标值", "年度指标值")
    s.table(
        [
            ("产出指标", "数量指标", "送戏下乡演出", "≥600场", "≥200场"),
            (None, None, "举办全民健身赛事", "≥90场", "≥30场"),
            (None, "质量指标", "送戏下乡节目验收合格率", "≥98%", "≥98%"),
            (None, "时效指标", "惠民演出按计划完成率", "≥95%", "≥95%"),
            ("成本指标", "经济成本指标", "每场送戏下乡演出补助", "≤0.28万元/场", "≤0.28万元/场"),
            ("效益指标", "社会效益指标", "群众参与文化体育活动", "≥45万人次", "≥15万人次"),
            (None, None, "大型活动安全事故", "=0起", "=0起"),
            (None, "可持续影响指标", "公共文化服务设施正常运行率", "≥95%", "≥95%"),
            ("满意度指标", "服务对象满意度指标", "群众满意度", "≥90%", "≥90%"),
        ],
        merged=(1, 2),
    )  # fmt: skip
    return b


@variant("nk14-street-office", (2, 11, 12), "department, NAT-2021, operator and unit columns, "
         "percent cells: a per-person standard × the people above the whole budget, the same "
         "准确率 under 质量指标 and 社会效益指标 with different values")  # fmt: skip
def nk14() -> Book:
    b = Book()
    s = b.sheet("Sheet1")
    department_head(
        s, year=2026, dept="青岚市东湖街道办事处",
        budget=[(380, 360, 20, 210, 170)],
        tasks=[
            ("困难群众临时救助", "对遭遇突发困难的辖区居民发放临时救助金", 120,
             "及时救助困难群众"),
            ("社区网格化管理", "网格员培训、网格事件采集和处置", 50, "网格事件及时办结"),
            ("金额合计", None, 170, None),
        ],
        goal="2026年及时救助辖区困难群众，救助资金发放准确，网格事件及时办结，救助对象满意度达到"
             "90%以上。",
    )  # fmt: skip
    s.row("一级指标", "二级指标", "三级指标", "比较符", "指标值", "计量单位")
    s.table(
        [
            ("成本指标", "经济成本指标", "临时救助人均标准", "≤",
             mk(3000, "B107", "warning", row=True,
                note="3000元/人 × 1500人 = 450万元, above the whole budget of 380万元"),
             "元/人"),
            ("产出指标", "数量指标", "临时救助困难群众", "≥",
             mk(1500, "B107", "warning", row=True, required=False), "人"),
            (None, None, "网格员培训", "≥", 12, "次"),
            (None, "质量指标", "救助资金发放准确率", "≥", pct(0.99), "%"),
            (None, "时效指标", "救助申请办结时限", "≤", 10, "个工作日"),
            ("效益指标", "社会效益指标",
             mk(mk("救助资金发放准确率", "D102", "error", row=True, alt=("D101",),
                   note="the same indicator as under 质量指标, ≥98% against ≥99%"),
                "F201", "warning", row=True, required=False),
             "≥", pct(0.98), "%"),
            (None, None, "网格事件办结率", "≥", pct(0.95), "%"),
            (None, "可持续影响指标", "社会救助长效机制", "定性", "健全", None),
            ("满意度指标", "服务对象满意度指标", "救助对象满意度", "≥", pct(0.9), "%"),
        ],
        merged=(1, 2),
    )  # fmt: skip
    return b
