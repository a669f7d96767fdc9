"""Target values stated against a baseline or as a ratio (较上年提高5个百分点, 不低于全省平均水平,
1:1): assessed against the baseline's figure, so no mere description (T102)."""

from __future__ import annotations

import re

# Values stated against a baseline or as a ratio (domain §4.2 rule 4, the direction family
# with a number): 较上年提高5个百分点, 较2024年增长10%, 较培训前提高10%, 不低于上年, ≤全国平均
# 水平, 逐年扩大, 1:1. They can be assessed against the baseline's figure, so they are no mere
# description (T102).
# a count's units, raised against a baseline (较上年增加≥2项: two more kinds of check offered)
_COUNTED = "个|项|家|户|人|次|所|座|处|种|类|台|套|件|场|期"
RELATIVE_VALUE = re.compile(
    r"^(?:(?:较|比|与)(?:上年|去年|上一?年度?|往年|基期|同期|\d{4}年度?"
    r"|(?:项目)?(?:改造|实施|建设|整治|治理)前|[\u4e00-\u9fff]{1,6}前)(?:相比|同期)?|同比|环比)[,，]?"
    r"(?:有所|进一步)?(?:提高|提升|上升|增加|增长|下降|降低|减少|缩小|扩大)"
    rf"(?:不低于|不少于|不高于|不超过|达到|至少|[≥≤><]=?)?\d+(?:\.\d+)?(?:%|个?百分点|倍|成|{_COUNTED})?"
    r"(?:以上|以内|左右)?$"
    r"|^(?:不低于|不少于|不高于|不超过|高于|低于|[≥≤><=])(?:上年|去年|上一?年度?|往年|基期|同期)"
    r"(?:水平|支出|支出数|金额|规模|预算数?|决算数?)?$"  # ≤上年支出 (三公经费)
    r"|^(?:不低于|不少于|不高于|不超过|高于|低于|优于|达到|[≥≤><=])"
    r"(?:全国|全省|全市|全区|全县|本省|本市|同级|同类|同行业|行业|国家|省级?|市级?|上级|当地|本地)"
    r"(?:城乡|城镇|农村)?(?:居民)?(?:人均|平均|同期|考核|下达)?(?:生活)?(?:水平|标准|值|目标|任务)$"
    r"|^(?:逐年|逐步|持续|稳步)(?:扩大|缩小|建立|形成)$"
    r"|^(?:缩短|减少|降低|下降|提高|提升|增加|增长|节约|节省)(?:不少于|至少|[≥≤><]=?)?\d+(?:\.\d+)?"
    r"(?:%|个?百分点|倍|成|分钟|小时|天|个?工作日|日)?(?:以上|左右)?$"
    r"|^(?:[≥≤><=]|不低于|不高于)?\d+(?:\.\d+)?:\d+(?:\.\d+)?$"
)
RELATIVE = "compared with a baseline"
