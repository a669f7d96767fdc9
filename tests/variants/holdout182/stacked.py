"""Several one-year projects stacked in one sheet, each with its own head (oj17, oj18)."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout182.common import footer, indicators, one_year_money
from tests.variants.holdout182.registry import variant
from tests.variants.kit import Book, mk

H4 = ("一级指标", "二级指标", "三级指标", "指标值")


@variant("oj17-cooperatives-farms-stacked", (2, 5), "two projects stacked (农民合作社质量提升, "
         "家庭农场培育), OLD-NAT, one value column: in the second a 通过率 given as a count and "
         "经济效益指标 inside the 产出指标 block")  # fmt: skip
def oj17() -> Book:
    b = Book()
    s = b.sheet("Sheet1")
    project_head(
        s, year=2025, name="鹤田县2025年农民合作社质量提升项目", dept="鹤田县农业农村局",
        unit="鹤田县农村经营管理站", attr="延续项目",
        money=one_year_money(180, 160, 20),
        goals=["培育县级示范社，开展合作社辅导员培训，提升合作社规范运营和带农增收能力。"],
    )  # fmt: skip
    indicators(s, H4, [
        ("产出指标", "数量指标", "县级示范社培育", "≥15家"),
        (None, None, "合作社辅导员培训", "≥200人次"),
        (None, "质量指标", "示范社规范运行达标率", "≥90%"),
        (None, "时效指标", "奖补资金拨付及时率", "≥95%"),
        (None, "成本指标", "示范社奖补标准", "≤8万元/家"),
        ("效益指标", "经济效益指标", "示范社成员户均增收", "≥1000元"),
        (None, "社会效益指标", "示范社带动农户", "≥2500户"),
        (None, "可持续影响指标", "合作社财务管理制度", "健全"),
        ("满意度指标", "服务对象满意度指标", "合作社成员满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    project_head(
        s, year=2025, name="鹤田县2025年家庭农场培育项目", dept="鹤田县农业农村局",
        unit="鹤田县农村经营管理站", attr="延续项目", title="",
        money=one_year_money(120, 110, 10),
        goals=["新增县级示范家庭农场，规范家庭农场经营管理，带动周边农户发展适度规模经营。"],
    )  # fmt: skip
    indicators(s, H4, [
        ("产出指标", "数量指标", "新增县级示范家庭农场", "≥40家"),
        (None, "质量指标", "示范家庭农场认定通过率",
         mk("25家", "T105", "error", note="a rate given as a count")),
        (None, "时效指标", "奖补资金拨付及时率", "≥95%"),
        (None, mk("经济效益指标", "F105", "error", note="belongs under 效益指标"),
         "示范家庭农场亩均增收", "≥150元"),
        (None, "成本指标", "示范家庭农场奖补标准", "≤2.5万元/家"),
        ("效益指标", "社会效益指标", "带动周边农户", "≥800户"),
        (None, "可持续影响指标", "家庭农场名录管理制度", "建立并执行"),
        ("满意度指标", "服务对象满意度指标", "家庭农场主满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant("oj18-three-projects-stacked", (2, 4), "three projects stacked (耕地质量监测, 农机安全"
         "生产监管, 病虫害监测预警), OLD-NAT, one value column, the same indicator names in each "
         "project, a signature line")  # fmt: skip
def oj18() -> Book:
    b = Book()
    s = b.sheet("项目绩效目标")
    project_head(
        s, year=2025, name="石埠县2025年耕地质量等级调查评价项目", dept="石埠县农业农村局",
        unit="石埠县土壤肥料工作站", attr="常年项目",
        money=one_year_money(60, 60, 0),
        goals=["运行耕地质量监测点，采集检测土壤样品，完成年度耕地质量等级变更评价。"],
    )  # fmt: skip
    indicators(s, H4, [
        ("产出指标", "数量指标", "耕地质量监测点", "≥45个"),
        (None, None, "土壤样品采集检测", "≥900个"),
        (None, "质量指标", "样品检测质量控制合格率", "≥95%"),
        (None, "时效指标", "项目完成及时率", "≥95%"),
        (None, "成本指标", "单个土壤样品检测费", "≤450元/个"),
        ("效益指标", "社会效益指标", "为耕地保护提供数据支撑", "有效"),
        (None, "可持续影响指标", "耕地质量监测网络", "健全"),
        ("满意度指标", "服务对象满意度指标", "服务对象满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    project_head(
        s, year=2025, name="石埠县2025年农机安全生产监管项目", dept="石埠县农业农村局",
        unit="石埠县农业机械化服务中心", attr="常年项目", title="",
        money=one_year_money(45, 40, 5),
        goals=["开展拖拉机、联合收割机免费年度检验和农机安全宣传培训，防范农机安全事故。"],
    )  # fmt: skip
    indicators(s, H4, [
        ("产出指标", "数量指标", "拖拉机和联合收割机年度检验", "≥3200台"),
        (None, None, "农机安全宣传培训", "≥1500人次"),
        (None, "质量指标", "在册拖拉机年度检验率", "≥85%"),
        (None, "时效指标", "项目完成及时率", "≥95%"),
        (None, "成本指标", "免费检验补助标准", "≤100元/台"),
        ("效益指标", "社会效益指标", "较大以上农机安全事故", "=0起"),
        (None, "可持续影响指标", "农机安全监管长效机制", "健全"),
        ("满意度指标", "服务对象满意度指标", "服务对象满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    project_head(
        s, year=2025, name="石埠县2025年农作物病虫害监测预警项目", dept="石埠县农业农村局",
        unit="石埠县植保植检站", attr="常年项目", title="",
        money=one_year_money(80, 75, 5),
        goals=["运行病虫害监测点，定期发布病虫情报，指导农户科学防控，减轻病虫危害损失。"],
    )  # fmt: skip
    indicators(s, H4, [
        ("产出指标", "数量指标", "病虫害监测点", "≥30个"),
        (None, None, "发布病虫情报", "≥40期"),
        (None, "质量指标", "病虫害预报准确率", "≥90%"),
        (None, "时效指标", "项目完成及时率", "≥95%"),
        (None, "成本指标", "监测点运行维护费", "≤1.5万元/个"),
        ("效益指标", "经济效益指标", "挽回粮食损失", "≥1.2万吨"),
        (None, "生态效益指标", "化学农药使用量", "≤160吨"),
        ("满意度指标", "服务对象满意度指标", "服务对象满意度", "≥90%"),
    ])  # fmt: skip
    footer(s, "单位负责人：邱长河　　填表人：付丽娟　　填报日期：2024年11月29日")
    return b
